<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline: the program never opens a network connection, sends no telemetry and does not look for updates.</source>
        <translation>离线：程序从不建立网络连接，不发送任何遥测数据，也不检查更新。</translation>
    </message>
    <message>
        <source>Your project is one file on this computer, saved at every change, with rolling backups beside it. On Linux and macOS the program creates it, its backups and its exports readable by your account only.</source>
        <translation>项目是这台计算机上的一个文件，每次更改都会保存，旁边保留滚动备份。在 Linux 和 macOS 上，程序创建的项目、备份和导出文件只有您的账户可以读取。</translation>
    </message>
    <message>
        <source>Encryption is optional: File → Encrypt project protects a project with a passphrase (SQLCipher, AES-256). Copies, backups and coder packages stay encrypted; exports do not.</source>
        <translation>加密是可选的：文件 → 加密项目 用口令保护项目（SQLCipher，AES-256）。副本、备份和编码员工作包保持加密；导出文件不加密。</translation>
    </message>
    <message>
        <source>The audit trail records every change to a project: when, by which coder, what was done, and the values before and after. Its entries are chained by hashes, so an edited or removed entry is detected (Team → Audit trail).</source>
        <translation>审计记录记下项目的每一次更改：何时、哪位编码员、做了什么，以及更改前后的值。各条记录以哈希相连，因此被修改或删除的记录会被发现（团队 → 审计记录）。</translation>
    </message>
    <message>
        <source>Your coder name and recent projects are kept in your settings folder, never in a project:</source>
        <translation>您的编码员名称和最近的项目保存在设置文件夹中，从不保存在项目里：</translation>
    </message>
    <message>
        <source>Testimony Annotator</source>
        <translation>证词标注工具</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于{app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Qualitative coding of survivor testimony, offline. Every change is saved as you make it.</source>
        <translation>离线对幸存者证词进行定性编码。每一处更改都会即时保存。</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>采用 {licence} 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>版本详情</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>For a bug report: version, Python, Qt and system</source>
        <translation>用于报告错误：版本、Python、Qt 和操作系统</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>新建个案(&amp;N)…</translation>
    </message>
    <message>
        <source>A person the testimonies describe</source>
        <translation>证词所描述的一个人</translation>
    </message>
    <message>
        <source>&amp;Choose case…</source>
        <translation>选择个案(&amp;C)…</translation>
    </message>
    <message>
        <source>Type a few letters of a case&apos;s label: it becomes the current case</source>
        <translation>输入个案标签的几个字：它将成为当前个案</translation>
    </message>
    <message>
        <source>&amp;Link selection to case</source>
        <translation>将所选内容关联到个案(&amp;L)</translation>
    </message>
    <message>
        <source>The coded passages under the selection (or the chosen codings) belong to the current case</source>
        <translation>所选内容下已编码的片段（或选中的编码）归属当前个案</translation>
    </message>
    <message>
        <source>&amp;Unlink selection from case</source>
        <translation>取消所选内容与个案的关联(&amp;U)</translation>
    </message>
    <message>
        <source>Link &amp;document to case</source>
        <translation>将文档关联到个案(&amp;D)</translation>
    </message>
    <message>
        <source>The whole testimony is about the current case</source>
        <translation>整篇证词都与当前个案有关</translation>
    </message>
    <message>
        <source>Unlink d&amp;ocument from case</source>
        <translation>取消文档与个案的关联(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>编辑个案(&amp;E)</translation>
    </message>
    <message>
        <source>Label, role, memo, attributes</source>
        <translation>标签、角色、备忘录、属性</translation>
    </message>
    <message>
        <source>&amp;Merge case into…</source>
        <translation>将个案合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>One person recorded twice</source>
        <translation>被记录了两次的同一个人</translation>
    </message>
    <message>
        <source>De&amp;lete case…</source>
        <translation>删除个案(&amp;L)…</translation>
    </message>
    <message>
        <source>Journey &amp;timeline…</source>
        <translation>经历时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>The case&apos;s dated events in order, with flags and derived figures</source>
        <translation>按顺序列出个案有日期的事件，附带标记和推算数字</translation>
    </message>
    <message>
        <source>Go to c&amp;ases</source>
        <translation>转到个案(&amp;A)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Replace the project with one of its automatic backups</source>
        <translation>用项目的某个自动备份替换项目</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>备份设置(&amp;T)…</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>要保留多少个自动备份</translation>
    </message>
    <message>
        <source>&amp;Encrypt project…</source>
        <translation>加密项目(&amp;E)…</translation>
    </message>
    <message>
        <source>Protect the project file with a passphrase</source>
        <translation>用口令保护项目文件</translation>
    </message>
    <message>
        <source>&amp;Decrypt project…</source>
        <translation>解密项目(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the project&apos;s encryption</source>
        <translation>移除项目的加密</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Who changed what and when; verify that the record is intact</source>
        <translation>谁在何时更改了什么；验证记录是否完好</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>假名(&amp;P)…</translation>
    </message>
    <message>
        <source>Names and places that exports replace</source>
        <translation>导出时替换的人名和地名</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>{name} ({type})</source>
        <translation>{name}（{type}）</translation>
    </message>
    <message>
        <source>Document attributes</source>
        <translation>文档属性</translation>
    </message>
    <message>
        <source>New attribute, e.g. age at exploitation</source>
        <translation>新属性，例如：被剥削时的年龄</translation>
    </message>
    <message>
        <source>New attribute name</source>
        <translation>新属性名称</translation>
    </message>
    <message>
        <source>New attribute type</source>
        <translation>新属性类型</translation>
    </message>
    <message>
        <source>Add &amp;column</source>
        <translation>添加列(&amp;C)</translation>
    </message>
    <message>
        <source>A new attribute is kept once a document has a value for it. Empty a cell to clear it.</source>
        <translation>只要有文档为新属性填了值，该属性就会保留。清空单元格即可清除其值。</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>add case</source>
        <translation>添加个案</translation>
    </message>
    <message>
        <source>add code</source>
        <translation>添加代码</translation>
    </message>
    <message>
        <source>add code labels</source>
        <translation>添加代码标签</translation>
    </message>
    <message>
        <source>add content warning</source>
        <translation>添加内容警告</translation>
    </message>
    <message>
        <source>add value field</source>
        <translation>添加值字段</translation>
    </message>
    <message>
        <source>apply code</source>
        <translation>应用代码</translation>
    </message>
    <message>
        <source>autocode</source>
        <translation>自动编码</translation>
    </message>
    <message>
        <source>build demo</source>
        <translation>生成演示</translation>
    </message>
    <message>
        <source>change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>code passages</source>
        <translation>编码片段</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>组合更改</translation>
    </message>
    <message>
        <source>create project</source>
        <translation>创建项目</translation>
    </message>
    <message>
        <source>delete case</source>
        <translation>删除个案</translation>
    </message>
    <message>
        <source>delete code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>delete value field</source>
        <translation>删除值字段</translation>
    </message>
    <message>
        <source>edit case</source>
        <translation>编辑个案</translation>
    </message>
    <message>
        <source>edit code</source>
        <translation>编辑代码</translation>
    </message>
    <message>
        <source>edit code label</source>
        <translation>编辑代码标签</translation>
    </message>
    <message>
        <source>edit coding</source>
        <translation>编辑编码</translation>
    </message>
    <message>
        <source>edit content warning</source>
        <translation>编辑内容警告</translation>
    </message>
    <message>
        <source>edit value field</source>
        <translation>编辑值字段</translation>
    </message>
    <message>
        <source>import codebook</source>
        <translation>导入代码本</translation>
    </message>
    <message>
        <source>import document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>import refi-qda</source>
        <translation>导入 REFI-QDA</translation>
    </message>
    <message>
        <source>in vivo code</source>
        <translation>原话代码</translation>
    </message>
    <message>
        <source>link documents to case</source>
        <translation>将文档链接到个案</translation>
    </message>
    <message>
        <source>link old coder names</source>
        <translation>链接旧编码员名称</translation>
    </message>
    <message>
        <source>link passages</source>
        <translation>互相链接片段</translation>
    </message>
    <message>
        <source>link passages to case</source>
        <translation>将片段链接到个案</translation>
    </message>
    <message>
        <source>link translation</source>
        <translation>链接译文</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>merge cases</source>
        <translation>合并个案</translation>
    </message>
    <message>
        <source>merge codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>mirror coding</source>
        <translation>映射编码</translation>
    </message>
    <message>
        <source>move code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <source>open warned document</source>
        <translation>打开带警告的文档</translation>
    </message>
    <message>
        <source>recolour codes</source>
        <translation>更改代码颜色</translation>
    </message>
    <message>
        <source>remove codings</source>
        <translation>移除编码</translation>
    </message>
    <message>
        <source>remove content warning</source>
        <translation>移除内容警告</translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>审阅决定</translation>
    </message>
    <message>
        <source>set attribute</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>set code language</source>
        <translation>设置代码语言</translation>
    </message>
    <message>
        <source>set code warnings</source>
        <translation>设置代码的内容警告</translation>
    </message>
    <message>
        <source>set document warnings</source>
        <translation>设置文档的内容警告</translation>
    </message>
    <message>
        <source>set memo</source>
        <translation>设置备忘录</translation>
    </message>
    <message>
        <source>set own codings only</source>
        <translation>设置仅显示自己的编码</translation>
    </message>
    <message>
        <source>set pseudonyms</source>
        <translation>设置假名</translation>
    </message>
    <message>
        <source>set values</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>unlink documents from case</source>
        <translation>取消文档与个案的链接</translation>
    </message>
    <message>
        <source>unlink passages</source>
        <translation>取消片段链接</translation>
    </message>
    <message>
        <source>unlink passages from case</source>
        <translation>取消片段与个案的链接</translation>
    </message>
    <message>
        <source>unlink translation</source>
        <translation>取消译文链接</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail — {project}</source>
        <translation>审计记录 — {project}</translation>
    </message>
    <message>
        <source>Re&amp;set filters</source>
        <translation>重置筛选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>编码员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <source>The hash chain has not been checked yet.</source>
        <translation>尚未检查哈希链。</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>验证哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or inserted since it was written</source>
        <translation>检查条目写入后是否被修改、删除或插入</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV or JSON file</source>
        <translation>将显示的条目写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>重新读取审计记录</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码员</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>The hash chain has not been checked since the list was read.</source>
        <translation>读取列表后尚未检查哈希链。</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>显示 {shown} / {total} 条</translation>
    </message>
    <message>
        <source>Last entry {id}: {hash}…</source>
        <translation>最后一条 {id}：{hash}…</translation>
    </message>
    <message>
        <source>the audit trail cannot be read ({reason})</source>
        <translation>无法读取审计记录（{reason}）</translation>
    </message>
    <message>
        <source>✔ Chain intact: all {n} entries are as they were written; head and protecting triggers as written.</source>
        <translation>✔ 哈希链完好：全部 {n} 条与写入时一致；链头和保护触发器也与写入时一致。</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>另有 %n 项</translation>
    </message>
    <message>
        <source>⚠ The audit trail was tampered with (%n problem): {problems}.</source>
        <translation>⚠ 审计记录已被篡改（%n 个问题）：{problems}。</translation>
    </message>
    <message>
        <source>⚠ The audit trail was tampered with (%n problems): {problems}.</source>
        <translation>⚠ 审计记录已被篡改（%n 个问题）：{problems}。</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>This project is encrypted, but the exported file will not be: it names coders and documents. Export anyway?</source>
        <translation>此项目已加密，但导出的文件不会加密：其中含有编码员和文档的名称。仍要导出吗？</translation>
    </message>
    <message>
        <source>Wrote {shown} of {total} entries to {file}.</source>
        <translation>已将 {total} 条中的 {shown} 条写入 {file}。</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation>无法写入文件（{reason}）</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <source>{time} (UTC)</source>
        <translation>{time}（UTC）</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>coding {id}</source>
        <translation>编码 {id}</translation>
    </message>
    <message>
        <source>“{code}” in “{document}”</source>
        <translation>“{document}”中的“{code}”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>另有 %n 项</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%n coding</source>
        <translation>%n 个编码</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>%n 个编码</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} 字节</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Automatic backups of “{project}”, newest first, in {folder}.
Restoring replaces the project with the chosen copy. The current state is kept as a backup too, so a restore can itself be undone.</source>
        <translation>“{project}”的自动备份，最新的在前，位于 {folder}。
恢复会用所选副本替换项目。当前状态也会保留为备份，因此恢复本身也可以撤回。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No backups yet: one is taken each time the project is opened.</source>
        <translation>还没有备份：每次打开项目时都会生成一个。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <source>Take a backup of the project as it is now</source>
        <translation>按项目当前状态做一次备份</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>要保留的备份数</translation>
    </message>
    <message>
        <source>A backup is taken each time a project is opened for writing; the oldest beyond this number are deleted. 0 switches automatic backups off.</source>
        <translation>每次以可写方式打开项目时都会备份；超出此数量的最旧备份会被删除。设为 0 即关闭自动备份。</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>{n} now, {size}, in {folder}</source>
        <translation>现有 {n} 个，共 {size}，位于 {folder}</translation>
    </message>
    <message>
        <source>This project:</source>
        <translation>此项目：</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>%n coding</source>
        <translation>%n 个编码</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>%n 个编码</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>该个案</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes).</source>
        <translation>{done}（按 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Added case {case}</source>
        <translation>已添加个案 {case}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建个案</translation>
    </message>
    <message>
        <source>A pseudonymous label for the person (never a real name), e.g. “Victim A”:</source>
        <translation>此人的化名标签（切勿使用真名），例如“受害者 A”：</translation>
    </message>
    <message>
        <source>Choose case</source>
        <translation>选择个案</translation>
    </message>
    <message>
        <source>Nothing to store: the case is unchanged.</source>
        <translation>没有可保存的内容：个案未更改。</translation>
    </message>
    <message>
        <source>Changed case {case}</source>
        <translation>已更改个案 {case}</translation>
    </message>
    <message>
        <source>Choose a case in the Cases panel first.</source>
        <translation>请先在个案面板中选择一个个案。</translation>
    </message>
    <message>
        <source>Delete case “{case}”?

Its links to {documents} and {passages} go with it, and its {attributes}. The documents and codings themselves stay. Ctrl+Z brings it all back.</source>
        <translation>删除个案“{case}”吗？

它与{documents}和{passages}的关联以及它的{attributes}将一并删除。文档和编码本身保留。按 Ctrl+Z 可全部恢复。</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation> %n 个文档</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation> %n 个文档</translation>
    </message>
    <message>
        <source>%n coded passage</source>
        <translation> %n 个已编码片段</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation> %n 个已编码片段</translation>
    </message>
    <message>
        <source>%n attribute</source>
        <translation> %n 个属性</translation>
    </message>
    <message>
        <source>%n attributes</source>
        <translation> %n 个属性</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除个案</translation>
    </message>
    <message>
        <source>Deleted case {case}</source>
        <translation>已删除个案 {case}</translation>
    </message>
    <message>
        <source>Choose the case to merge in the Cases panel first.</source>
        <translation>请先在个案面板中选择要合并的个案。</translation>
    </message>
    <message>
        <source>Merge “{case}” into…</source>
        <translation>将“{case}”合并到…</translation>
    </message>
    <message>
        <source>Merged case {source} into {target}</source>
        <translation>已将个案 {source} 合并到 {target}</translation>
    </message>
    <message>
        <source>{what}: “{ours}” in {target}, “{theirs}” in {source}</source>
        <translation>{what}：{target} 中为“{ours}”，{source} 中为“{theirs}”</translation>
    </message>
    <message>
        <source>“{target}” and “{source}” disagree. Merge anyway? {target}&apos;s values are kept; {source}&apos;s go into its memo.</source>
        <translation>“{target}”与“{source}”的值不一致。仍要合并吗？将保留 {target} 的值，{source} 的值写入其备忘录。</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>合并个案</translation>
    </message>
    <message>
        <source>Link passages to which case?</source>
        <translation>将片段关联到哪个个案？</translation>
    </message>
    <message>
        <source>Unlinked {codings} from {case}</source>
        <translation>已取消{codings}与 {case} 的关联</translation>
    </message>
    <message>
        <source>Link the document to which case?</source>
        <translation>将文档关联到哪个个案？</translation>
    </message>
    <message>
        <source>Linked the document to {case}</source>
        <translation>已将文档关联到 {case}</translation>
    </message>
    <message>
        <source>Unlinked the document from {case}</source>
        <translation>已取消文档与 {case} 的关联</translation>
    </message>
    <message>
        <source>Linked {codings} to {case}</source>
        <translation>已将{codings}关联到 {case}</translation>
    </message>
    <message>
        <source>Select a coded passage (or click a highlight, or choose rows in the segments table) first; a case links to coded passages, so code the passage first.</source>
        <translation>请先选择一个已编码的片段（或点击高亮，或在片段表中选择行）；个案关联的是已编码片段，所以请先为片段编码。</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开一个文档。</translation>
    </message>
    <message>
        <source>Choose a case in the Cases panel first (Ctrl+Shift+G).</source>
        <translation>请先在个案面板中选择一个个案（Ctrl+Shift+G）。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case label</source>
        <translation>个案标签</translation>
    </message>
    <message>
        <source>Case role</source>
        <translation>个案角色</translation>
    </message>
    <message>
        <source>Case memo</source>
        <translation>个案备忘录</translation>
    </message>
    <message>
        <source>Memo: who this person is, where the label comes from…</source>
        <translation>备忘录：此人是谁、标签从何而来…</translation>
    </message>
    <message>
        <source>Case attributes</source>
        <translation>个案属性</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Store the changes to this case (one undo step)</source>
        <translation>保存对此个案的更改（一步撤销）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Show the case as stored, dropping the edits</source>
        <translation>放弃编辑，显示已保存的个案</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a case above, or create one (Ctrl+Shift+E).</source>
        <translation>请在上方选择一个个案，或新建一个（Ctrl+Shift+E）。</translation>
    </message>
    <message>
        <source>Attribute type</source>
        <translation>属性类型</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Case (whole document): {cases}</source>
        <translation>个案（整篇文档）：{cases}</translation>
    </message>
    <message>
        <source>Cases (whole document): {cases}</source>
        <translation>个案（整篇文档）：{cases}</translation>
    </message>
    <message>
        <source>Case: {cases}</source>
        <translation>个案：{cases}</translation>
    </message>
    <message>
        <source>Cases: {cases}</source>
        <translation>个案：{cases}</translation>
    </message>
</context>
<context>
    <name>CasePalette</name>
    <message>
        <source>Choose case</source>
        <translation>选择个案</translation>
    </message>
    <message>
        <source>Type part of a case&apos;s label, then Enter</source>
        <translation>输入个案标签的一部分，然后按 Enter</translation>
    </message>
    <message>
        <source>No cases yet: type a label and press Enter to create one.</source>
        <translation>还没有个案：输入标签并按 Enter 即可新建。</translation>
    </message>
    <message>
        <source>{case}    — {role}, {documents} doc · {passages} passages</source>
        <translation>{case}    — {role}，文档 {documents} · 片段 {passages}</translation>
    </message>
    <message>
        <source>+ New case “{case}”</source>
        <translation>+ 新建个案“{case}”</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>victim</source>
        <translation>受害者</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>加害者</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>{label} ({role})</source>
        <translation>{label}（{role}）</translation>
    </message>
    <message>
        <source>%n document linked whole</source>
        <translation>整体关联的文档 %n 个</translation>
    </message>
    <message>
        <source>%n documents linked whole</source>
        <translation>整体关联的文档 %n 个</translation>
    </message>
    <message>
        <source>%n passage linked directly</source>
        <translation>直接关联的片段 %n 个</translation>
    </message>
    <message>
        <source>%n passages linked directly</source>
        <translation>直接关联的片段 %n 个</translation>
    </message>
    <message>
        <source>{documents}, {passages}</source>
        <translation>{documents}，{passages}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Filter cases…</source>
        <translation>筛选个案…</translation>
    </message>
    <message>
        <source>Matches label, role, attributes and memo</source>
        <translation>匹配标签、角色、属性和备忘录</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>筛选个案</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Show the chosen case&apos;s passages in the Coded segments table</source>
        <translation>在已编码片段表中显示所选个案的片段</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Edit the chosen case: label, role, memo, attributes (Case → Edit case)</source>
        <translation>编辑所选个案：标签、角色、备忘录、属性（个案 → 编辑个案）</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
</context>
<context>
    <name>CodePalette</name>
    <message>
        <source>Quick code</source>
        <translation>快速编码</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name, then Enter</source>
        <translation>输入代码名称的一部分，然后按 Enter</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Switch coder</source>
        <translation>切换编码员</translation>
    </message>
    <message>
        <source>Filter, or type a new coder&apos;s name</source>
        <translation>筛选，或输入新编码员的名字</translation>
    </message>
    <message>
        <source>{name}  (current)</source>
        <translation>{name}  （当前）</translation>
    </message>
    <message>
        <source>&amp;Code as this coder</source>
        <translation>以此编码员身份编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add new coder</source>
        <translation>添加新编码员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code as one of this project&apos;s coders:</source>
        <translation>以本项目的某位编码员身份编码(&amp;C)：</translation>
    </message>
    <message>
        <source>To add a coder, type their name above.</source>
        <translation>要添加编码员，请在上方输入其名字。</translation>
    </message>
    <message>
        <source>{coder} is already a coder of this project.</source>
        <translation>{coder} 已是本项目的编码员。</translation>
    </message>
    <message>
        <source>“{name}” is {coder}, already a coder of this project.</source>
        <translation>“{name}”就是 {coder}，已是本项目的编码员。</translation>
    </message>
    <message>
        <source>&amp;Add new coder “{name}”</source>
        <translation>添加新编码员“{name}”(&amp;A)</translation>
    </message>
    <message>
        <source>No coder matches. Add “{name}” as a new coder of this project?</source>
        <translation>没有匹配的编码员。将“{name}”添加为本项目的新编码员吗？</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Content warnings</source>
        <translation>内容警告</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>CW</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{length} characters, {percent} coded</source>
        <translation>{length} 个字符，已编码 {percent}</translation>
    </message>
    <message>
        <source>Linked whole to case {case}</source>
        <translation>整体关联到个案 {case}</translation>
    </message>
    <message>
        <source>Has passages linked to case {case}</source>
        <translation>有片段关联到个案 {case}</translation>
    </message>
    <message>
        <source>Content warnings: {warnings}</source>
        <translation>内容警告：{warnings}</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your project is safe: every change is saved as you make it, and the step that failed was not saved. You can keep working.
If it happens again, please send the report below to the developers. It holds the program&apos;s internal trace, not your documents, but read it first: it may name files.</source>
        <translation>发生了意外错误。您的项目是安全的：每项更改都会即时保存，失败的那一步没有保存。您可以继续工作。
如果再次发生，请把下面的报告发给开发者。报告中是程序的内部跟踪信息，不含您的文档，但请先阅读：其中可能出现文件名。</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>错误报告</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Money — amount and currency</source>
        <translation>金额 — 数额和币种</translation>
    </message>
    <message>
        <source>Age — years, or a range</source>
        <translation>年龄 — 岁数或范围</translation>
    </message>
    <message>
        <source>Date — day, month, year or a range</source>
        <translation>日期 — 日、月、年或范围</translation>
    </message>
    <message>
        <source>Duration — a length of time</source>
        <translation>时长 — 一段时间</translation>
    </message>
    <message>
        <source>Place — name, area, country</source>
        <translation>地点 — 地名、地区、国家</translation>
    </message>
    <message>
        <source>Count — a whole number</source>
        <translation>次数 — 整数</translation>
    </message>
    <message>
        <source>Choice — one of a list</source>
        <translation>选项 — 列表中的一项</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>(as the passage says)</source>
        <translation>（按片段原文）</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>per {units}</source>
        <translation>每{units}</translation>
    </message>
    <message>
        <source>in {unit}</source>
        <translation>以{unit}计</translation>
    </message>
    <message>
        <source>{name} — {kind} ({options})</source>
        <translation>{name} — {kind}（{options}）</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>Values asked for when applied:</source>
        <translation>应用时询问的值：</translation>
    </message>
    <message>
        <source>Value fields — {code}</source>
        <translation>值字段 — {code}</translation>
    </message>
    <message>
        <source>When &lt;b&gt;{code}&lt;/b&gt; is applied, the coder is asked for these values (proposed from the passage). Every change here can be undone with Ctrl+Z.</source>
        <translation>应用 &lt;b&gt;{code}&lt;/b&gt; 时，会请编码员填写这些值（根据片段给出建议）。此处的每项更改都可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Value fields</source>
        <translation>值字段</translation>
    </message>
    <message>
        <source>&amp;New field</source>
        <translation>新建字段(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete field</source>
        <translation>删除字段(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. price, age, date of sale</source>
        <translation>例如：价格、年龄、出售日期</translation>
    </message>
    <message>
        <source>ISO code when the passage names none, e.g. CNY</source>
        <translation>片段未写币种时使用的 ISO 代码，例如 CNY</translation>
    </message>
    <message>
        <source>units a price can be per, e.g. night, client</source>
        <translation>价格可按的单位，例如 night、client</translation>
    </message>
    <message>
        <source>one choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>种类(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>币种(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>计价单位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>选项(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save field</source>
        <translation>保存字段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <source>Add value field</source>
        <translation>添加值字段</translation>
    </message>
    <message>
        <source>Change value field</source>
        <translation>更改值字段</translation>
    </message>
    <message>
        <source>Delete value field</source>
        <translation>删除值字段</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%n imported</source>
        <translation>已导入 %n 个</translation>
    </message>
    <message>
        <source>%n selection not imported</source>
        <translation>%n 个选区未导入</translation>
    </message>
    <message>
        <source>%n selections not imported</source>
        <translation>%n 个选区未导入</translation>
    </message>
    <message>
        <source>%n REFI-QDA package not imported (selections would be lost)</source>
        <translation>%n 个 REFI-QDA 包未导入（否则会丢失选区）</translation>
    </message>
    <message>
        <source>%n REFI-QDA packages not imported (selections would be lost)</source>
        <translation>%n 个 REFI-QDA 包未导入（否则会丢失选区）</translation>
    </message>
    <message>
        <source>%n skipped</source>
        <translation>已跳过 %n 个</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>失败 %n 个</translation>
    </message>
    <message>
        <source>{summary} (stopped: cancelled)</source>
        <translation>{summary}（已停止：已取消）</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>… 另有 %n 项</translation>
    </message>
    <message>
        <source>Import the rest anyway? The selections listed will not be in the project.</source>
        <translation>仍要导入其余部分吗？列出的选区不会进入项目。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>{summary}. What did not come in:</source>
        <translation>{summary}。未导入的内容：</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>not a Testimony Annotator project (neither a project file nor an encrypted one)</source>
        <translation>不是 Testimony Annotator 项目（既不是项目文件，也不是加密的项目）</translation>
    </message>
    <message>
        <source>“{file}” is encrypted (or it is not a project file).
Passphrase:</source>
        <translation>“{file}”已加密（或者不是项目文件）。
口令：</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open “{file}” (or the file is not an encrypted project).
Try again, or Cancel:</source>
        <translation>口令错误：无法打开“{file}”（或者该文件不是加密的项目）。
请重试，或取消：</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>加密的项目</translation>
    </message>
    <message>
        <source>The automatic backup failed ({reason}); the project itself is fine.</source>
        <translation>自动备份失败（{reason}）；项目本身没有问题。</translation>
    </message>
    <message>
        <source>The automatic backup failed ({reason}).</source>
        <translation>自动备份失败（{reason}）。</translation>
    </message>
</context>
<context>
    <name>PseudonymDialog</name>
    <message>
        <source>name</source>
        <translation>人名</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Kim Ok-sun left Hoeryong in 1998 with a broker called Mr Park.</source>
        <translation>金玉顺 1998 年和一个姓朴的中介一起离开了会宁。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>Names, places and other identifiers, and what exports write instead (e.g. “Kim Ok-sun” → “Participant 3”). The project&apos;s texts are never changed; exports that pseudonymise apply this list to every document.</source>
        <translation>人名、地名等可识别身份的词，以及导出时用来替换的内容（例如“金玉顺”→“参与者 3”）。项目中的文本从不改动；进行假名化的导出会对每个文档应用此列表。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>Sample passage</source>
        <translation>示例片段</translation>
    </message>
    <message>
        <source>Sample passage, pseudonymised</source>
        <translation>假名化后的示例片段</translation>
    </message>
    <message>
        <source>Sa&amp;mple passage (editable):</source>
        <translation>示例片段（可编辑）(&amp;M)：</translation>
    </message>
    <message>
        <source>As an export writes it:</source>
        <translation>导出时写成：</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>未保存：{reason}。</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Double-click to edit the values</source>
        <translation>双击编辑值</translation>
    </message>
    <message>
        <source>Linked to no case</source>
        <translation>未关联任何个案</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Contradiction</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>空档</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{months} months ({years} years)</source>
        <translation>{months} 个月（{years} 年）</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>Leaving home → first sale</source>
        <translation>离家 → 首次被卖</translation>
    </message>
    <message>
        <source>needs a dated departure (border crossing or place of origin) and a dated sale after it</source>
        <translation>需要有日期的离开（越境或原籍地）以及其后有日期的出售</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>被卖次数</translation>
    </message>
    <message>
        <source>needs a passage coded as a sale or a resale</source>
        <translation>需要编码为出售或转卖的片段</translation>
    </message>
    <message>
        <source>Time in exploitation</source>
        <translation>被剥削时长</translation>
    </message>
    <message>
        <source>needs a dated first sale and a dated escape or repatriation after it</source>
        <translation>需要有日期的首次出售，以及其后有日期的逃离或遣返</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>⚠ contradiction, ⋯ gap before or after this event</source>
        <translation>⚠ 矛盾，⋯ 此事件前后的空档</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>{kind}: {flag}</source>
        <translation>{kind}：{flag}</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation>（约）</translation>
    </message>
    <message>
        <source> (a range: sorted by its middle)</source>
        <translation>（范围：按中点排序）</translation>
    </message>
    <message>
        <source>{document}, characters {start}–{end}, coded by {coder}</source>
        <translation>{document}，第 {start}–{end} 个字符，编码员：{coder}</translation>
    </message>
    <message>
        <source>Click or Enter: open the passage</source>
        <translation>单击或按 Enter：打开片段</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Journey timeline</source>
        <translation>经历时间线</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation>按日期排列的事件</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>个案(&amp;C)：</translation>
    </message>
    <message>
        <source>{case} ({role})</source>
        <translation>{case}（{role}）</translation>
    </message>
    <message>
        <source>This case is gone (deleted or merged; Ctrl+Z brings it back).</source>
        <translation>此个案已不存在（已删除或合并；按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Choose a case.</source>
        <translation>请选择一个个案。</translation>
    </message>
    <message>
        <source>Reading the journey…</source>
        <translation>正在读取经历…</translation>
    </message>
    <message>
        <source>Journey timeline — {case}</source>
        <translation>经历时间线 — {case}</translation>
    </message>
    <message>
        <source>%n dated event</source>
        <translation>%n 个有日期的事件</translation>
    </message>
    <message>
        <source>%n dated events</source>
        <translation>%n 个有日期的事件</translation>
    </message>
    <message>
        <source>No dated events yet: code dates (and places) on this person&apos;s passages.</source>
        <translation>还没有有日期的事件：请在此人的片段上为日期（和地点）编码。</translation>
    </message>
    <message>
        <source>The journey could not be read.</source>
        <translation>无法读取经历。</translation>
    </message>
    <message>
        <source>Derived from the dated events below</source>
        <translation>由下方有日期的事件推算</translation>
    </message>
    <message>
        <source>{kind}: {flag}</source>
        <translation>{kind}：{flag}</translation>
    </message>
    <message>
        <source>Click: show its events</source>
        <translation>单击：显示相关事件</translation>
    </message>
</context>
<context>
    <name>TrustController</name>
    <message>
        <source>Open a project (not read-only) first.</source>
        <translation>请先打开一个项目（非只读）。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>已备份到 {file}。</translation>
    </message>
    <message>
        <source>No backup taken.</source>
        <translation>未进行备份。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the project with the backup taken {when}?

Codings, memos and codebook changes made since then are replaced. The current state is kept as a backup too, so you can return to it with Restore from backup.</source>
        <translation>用 {when} 的备份替换项目吗？

此后所做的编码、备忘录和代码本更改都会被替换。当前状态也会保留为备份，可以通过“从备份恢复”回到它。</translation>
    </message>
    <message>
        <source>The backup “{file}” is encrypted.
Its passphrase:</source>
        <translation>备份“{file}”已加密。
其口令：</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>未恢复：{reason}</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}; the previous state is kept as {file}.</source>
        <translation>已恢复 {when} 的备份；之前的状态保留为 {file}。</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}; the previous state is kept as a backup.</source>
        <translation>已恢复 {when} 的备份；之前的状态已保留为备份。</translation>
    </message>
    <message>
        <source>Keeping the last %n automatic backups.</source>
        <translation>保留最近 %n 个自动备份。</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>自动备份已关闭。</translation>
    </message>
    <message>
        <source>Encrypt project</source>
        <translation>加密项目</translation>
    </message>
    <message>
        <source>This project is already encrypted.</source>
        <translation>此项目已经加密。</translation>
    </message>
    <message>
        <source>Project encrypted</source>
        <translation>项目已加密</translation>
    </message>
    <message>
        <source>“{file}” is now encrypted.</source>
        <translation>“{file}”现已加密。</translation>
    </message>
    <message>
        <source>“{file}” is now encrypted. These files still hold its content UNENCRYPTED:

{files}

Delete them now? (Check first that the encrypted project opens: it just did.)</source>
        <translation>“{file}”现已加密。以下文件仍以未加密形式保存着其内容：

{files}

现在删除它们吗？（请先确认加密后的项目能打开：它刚刚已打开。）</translation>
    </message>
    <message>
        <source>Could not delete:
{files}</source>
        <translation>无法删除：
{files}</translation>
    </message>
    <message>
        <source>Decrypt project</source>
        <translation>解密项目</translation>
    </message>
    <message>
        <source>This project is not encrypted.</source>
        <translation>此项目未加密。</translation>
    </message>
    <message>
        <source>Remove the encryption of “{file}”?

Anyone who can read the file will then be able to read the testimonies, codes and names.</source>
        <translation>移除“{file}”的加密吗？

之后任何能读取该文件的人都能读到证词、代码和人名。</translation>
    </message>
    <message>
        <source>Project decrypted</source>
        <translation>项目已解密</translation>
    </message>
    <message>
        <source>“{file}” is no longer encrypted. The encrypted original is kept as:
{backup}</source>
        <translation>“{file}”已不再加密。加密的原件保留为：
{backup}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>未做任何更改：{reason}</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>The stored pseudonym list cannot be read ({reason}).</source>
        <translation>无法读取已保存的假名列表（{reason}）。</translation>
    </message>
    <message>
        <source>Saved %n pseudonym (Ctrl+Z undoes).</source>
        <translation>已保存 %n 个假名（按 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Saved %n pseudonyms (Ctrl+Z undoes).</source>
        <translation>已保存 %n 个假名（按 Ctrl+Z 撤销）。</translation>
    </message>
</context>
<context>
    <name>TrustPrompts</name>
    <message>
        <source>Encrypt {project}</source>
        <translation>加密 {project}</translation>
    </message>
    <message>
        <source>Choose a passphrase for “{project}” (at least {n} characters).
Without it the project cannot be opened: nobody can recover it for you.</source>
        <translation>为“{project}”设置口令（至少 {n} 个字符）。
没有口令就无法打开项目：谁也无法替您找回。</translation>
    </message>
    <message>
        <source>Too short: a passphrase needs at least {n} characters. Choose another:</source>
        <translation>太短：口令至少需要 {n} 个字符。请另设一个：</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>请再次输入相同的口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Choose a passphrase (at least {n} characters):</source>
        <translation>两次输入的口令不同。请设置口令（至少 {n} 个字符）：</translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
</TS>
