<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>应用代码</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>删除编码</translation>
    </message>
    <message>
        <source>Re-code coding</source>
        <translation>更改编码的代码</translation>
    </message>
    <message>
        <source>Re-code codings</source>
        <translation>更改多个编码的代码</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>编辑编码备忘录</translation>
    </message>
    <message>
        <source>Resize coding</source>
        <translation>调整编码范围</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>原话代码</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <source>Recolour code</source>
        <translation>更改代码颜色</translation>
    </message>
    <message>
        <source>Set shortcut of code</source>
        <translation>设置代码快捷键</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>编辑代码</translation>
    </message>
    <message>
        <source>Recolour siblings</source>
        <translation>更改同级代码颜色</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>移动代码</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>Add value field</source>
        <translation>添加值字段</translation>
    </message>
    <message>
        <source>Edit value field</source>
        <translation>编辑值字段</translation>
    </message>
    <message>
        <source>Delete value field</source>
        <translation>删除值字段</translation>
    </message>
    <message>
        <source>Set values</source>
        <translation>设置值</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>编辑备忘录</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>添加个案</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑个案</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>删除个案</translation>
    </message>
    <message>
        <source>Link documents to case</source>
        <translation>将文档关联到个案</translation>
    </message>
    <message>
        <source>Unlink documents from case</source>
        <translation>取消文档与个案的关联</translation>
    </message>
    <message>
        <source>Link passages to case</source>
        <translation>将片段关联到个案</translation>
    </message>
    <message>
        <source>Unlink passages from case</source>
        <translation>取消片段与个案的关联</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>合并个案</translation>
    </message>
    <message>
        <source>Only own codings may change</source>
        <translation>仅允许更改自己的编码</translation>
    </message>
    <message>
        <source>Anyone may change codings</source>
        <translation>允许任何人更改编码</translation>
    </message>
    <message>
        <source>Edit pseudonyms</source>
        <translation>编辑假名</translation>
    </message>
    <message>
        <source>Accept neither version</source>
        <translation>两个版本均不采纳</translation>
    </message>
    <message>
        <source>Edit code label</source>
        <translation>编辑代码标签</translation>
    </message>
    <message>
        <source>Add codebook labels</source>
        <translation>添加代码本标签</translation>
    </message>
    <message>
        <source>Show code labels</source>
        <translation>显示代码标签</translation>
    </message>
    <message>
        <source>Link translation</source>
        <translation>关联译文</translation>
    </message>
    <message>
        <source>Unlink translation</source>
        <translation>取消关联译文</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>关联片段</translation>
    </message>
    <message>
        <source>Add content warning</source>
        <translation>添加内容警告</translation>
    </message>
    <message>
        <source>Edit content warning</source>
        <translation>编辑内容警告</translation>
    </message>
    <message>
        <source>Remove content warning</source>
        <translation>移除内容警告</translation>
    </message>
    <message>
        <source>Set document warnings</source>
        <translation>设置文档的内容警告</translation>
    </message>
    <message>
        <source>Set code warnings</source>
        <translation>设置代码的内容警告</translation>
    </message>
    <message>
        <source>Unlink passages</source>
        <translation>取消关联片段</translation>
    </message>
    <message>
        <source>Mirror coding</source>
        <translation>镜像编码</translation>
    </message>
    <message>
        <source>Add code “{name}”</source>
        <translation>添加代码“{name}”</translation>
    </message>
    <message>
        <source>Auto-code /{pattern}/</source>
        <translation>自动编码 /{pattern}/</translation>
    </message>
    <message>
        <source>Accept {name}&apos;s version</source>
        <translation>采纳{name}的版本</translation>
    </message>
    <message>
        <source>Remove %n codings</source>
        <translation>删除 %n 个编码</translation>
    </message>
    <message>
        <source>Code %n passages</source>
        <translation>编码 %n 个片段</translation>
    </message>
    <message>
        <source>Cannot undo “{step}”: {reason}</source>
        <translation>无法撤销“{step}”：{reason}</translation>
    </message>
    <message>
        <source>Cannot redo “{step}”: {reason}</source>
        <translation>无法重做“{step}”：{reason}</translation>
    </message>
    <message>
        <source>Could not undo “{step}”; nothing was changed.</source>
        <translation>撤销“{step}”失败；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not redo “{step}”; nothing was changed.</source>
        <translation>重做“{step}”失败；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Trafficking typology (default)</source>
        <translation>人口贩运类型（默认）</translation>
    </message>
    <message>
        <source>Empty codebook</source>
        <translation>空代码本</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件…</translation>
    </message>
    <message>
        <source>another window of this program</source>
        <translation>本程序的另一个窗口</translation>
    </message>
    <message>
        <source>Who is coding?</source>
        <translation>谁在编码？</translation>
    </message>
    <message>
        <source>Your name as a coder (recorded with every coding you make).
Cancel opens the project read-only.</source>
        <translation>您作为编码员的名字（记录在您所做的每个编码中）。
取消则以只读方式打开项目。</translation>
    </message>
    <message>
        <source>No coder name given: the project is open read-only (Team → Switch coder to choose one).</source>
        <translation>未提供编码员名字：项目以只读方式打开（在“团队 → 切换编码员”中选择）。</translation>
    </message>
    <message>
        <source>Opened read-only: the project is on a read-only disk or in a folder you cannot write to.</source>
        <translation>已以只读方式打开：项目位于只读磁盘或您无法写入的文件夹中。</translation>
    </message>
    <message>
        <source>Opened read-only: {reason}.</source>
        <translation>已以只读方式打开：{reason}。</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Upgraded the project; the old file is kept as {name}.</source>
        <translation>已升级项目；旧文件保存为 {name}。</translation>
    </message>
    <message>
        <source>Removed {name}, an unfinished copy left by an interrupted conversion.</source>
        <translation>已删除 {name}，这是中断的转换留下的未完成副本。</translation>
    </message>
    <message>
        <source>Not opened.</source>
        <translation>未打开。</translation>
    </message>
    <message>
        <source>Not opened. {name} is still open.</source>
        <translation>未打开。{name} 仍处于打开状态。</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>Start with which codebook?</source>
        <translation>从哪个代码本开始？</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>已将副本保存为 {path}。</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Open a project (not read-only) to import documents.</source>
        <translation>要导入文档，请以非只读方式打开项目。</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在完成…</translation>
    </message>
    <message>
        <source>Import: {summary}.</source>
        <translation>导入：{summary}。</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message>
        <source>{count} saved (Ctrl+Z undoes it).</source>
        <translation>已保存{count}（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>This project is open read-only; changes are not possible.</source>
        <translation>此项目以只读方式打开，无法更改。</translation>
    </message>
</context>
<context>
    <name>SegmentPreview</name>
    <message>
        <source>Whole passage of the current segment</source>
        <translation>当前片段的完整内容</translation>
    </message>
    <message>
        <source>Select a segment to read its whole passage here.</source>
        <translation>选择一个片段，即可在此阅读其完整内容。</translation>
    </message>
    <message>
        <source>Press Space in the table, or click the passage, to reveal it.</source>
        <translation>在表格中按 Space 或单击该片段即可显示。</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘录：</translation>
    </message>
    <message>
        <source>… {n} more character</source>
        <translation>… 还有 {n} 个字符</translation>
    </message>
    <message>
        <source>… {n} more characters</source>
        <translation>… 还有 {n} 个字符</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Show segments of coder</source>
        <translation>显示该编码员的片段</translation>
    </message>
    <message>
        <source>Show segments in document</source>
        <translation>显示该文档中的片段</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>编码员(&amp;O)：</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>文档(&amp;U)：</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%n segment of case {case}</source>
        <translation>个案 {case} 的 %n 个片段</translation>
    </message>
    <message>
        <source>%n segments of case {case}</source>
        <translation>个案 {case} 的 %n 个片段</translation>
    </message>
    <message>
        <source>%n segment of the selected codes</source>
        <translation>所选代码的 %n 个片段</translation>
    </message>
    <message>
        <source>%n segments of the selected codes</source>
        <translation>所选代码的 %n 个片段</translation>
    </message>
    <message>
        <source>%n segment in this document</source>
        <translation>本文档中的 %n 个片段</translation>
    </message>
    <message>
        <source>%n segments in this document</source>
        <translation>本文档中的 %n 个片段</translation>
    </message>
</context>
<context>
    <name>ValuesController</name>
    <message>
        <source>Click a highlight (or select a segment) to choose the passage.</source>
        <translation>点击高亮（或选择一个片段）以选定片段。</translation>
    </message>
    <message>
        <source>{code} has no value fields; add them with Code → Value fields….</source>
        <translation>{code} 没有值字段；请通过“代码 → 值字段…”添加。</translation>
    </message>
    <message>
        <source>This code has no value fields; add them with Code → Value fields….</source>
        <translation>此代码没有值字段；请通过“代码 → 值字段…”添加。</translation>
    </message>
    <message>
        <source>This project is open read-only; values cannot be entered.</source>
        <translation>此项目以只读方式打开，无法输入值。</translation>
    </message>
    <message>
        <source>Values · {code}</source>
        <translation>值 · {code}</translation>
    </message>
    <message>
        <source>Nothing stored: {reason}</source>
        <translation>未保存任何内容：{reason}</translation>
    </message>
    <message>
        <source>No values to store.</source>
        <translation>没有要保存的值。</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>Stored {values} (Ctrl+Z undoes it).</source>
        <translation>已保存 {values}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Values skipped: add them later with Code → Edit values (Ctrl+Shift+V) or a double-click in the Values column.</source>
        <translation>已跳过值：稍后可通过“代码 → 编辑值”（Ctrl+Shift+V）或双击“值”列添加。</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>amount and currency, e.g. 25000 CNY</source>
        <translation>金额和币种，例如 25000 CNY</translation>
    </message>
    <message>
        <source>years, e.g. 19, 12–29, about 20</source>
        <translation>岁数，例如 19、12–29、about 20</translation>
    </message>
    <message>
        <source>e.g. 2012-03-15, March 2012, 2010–2012</source>
        <translation>例如 2012-03-15、March 2012、2010–2012</translation>
    </message>
    <message>
        <source>e.g. 3 months, 2 years</source>
        <translation>例如 3 months、2 years</translation>
    </message>
    <message>
        <source>name, area, country, e.g. Yanji, Jilin, CN</source>
        <translation>地名、地区、国家，例如 Yanji, Jilin, CN</translation>
    </message>
    <message>
        <source>a whole number or a range, e.g. 3</source>
        <translation>整数或范围，例如 3</translation>
    </message>
    <message>
        <source>one of the choices (↓ to step through them)</source>
        <translation>选项之一（按 ↓ 逐个查看）</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>自由文本</translation>
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
        <translation>数量</translation>
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
        <source>{field}:</source>
        <translation>{field}：</translation>
    </message>
    <message>
        <source>no reading in the passage</source>
        <translation>片段中未读出值</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}</source>
        <translation>从片段读出：{reading}</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}; down arrow for %n other reading</source>
        <translation>从片段读出：{reading}；按下箭头查看其他 %n 个读值</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}; down arrow for %n other readings</source>
        <translation>从片段读出：{reading}；按下箭头查看其他 %n 个读值</translation>
    </message>
    <message>
        <source>Values of the coded passage</source>
        <translation>已编码片段的值</translation>
    </message>
    <message>
        <source>Enter saves every filled field; Escape skips; values can be added later</source>
        <translation>Enter 保存所有已填字段；Escape 跳过；值可以稍后添加</translation>
    </message>
    <message>
        <source>Enter saves  ·  Tab next field  ·  ↓ ↑ other readings  ·  Esc skips</source>
        <translation>Enter 保存  ·  Tab 下一字段  ·  ↓ ↑ 其他读值  ·  Esc 跳过</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store every filled field (Enter) — one undo step</source>
        <translation>保存所有已填字段（Enter）— 一步即可撤销</translation>
    </message>
    <message>
        <source>Skip (Escape): nothing is stored; fill the values later with Code → Edit values</source>
        <translation>跳过（Escape）：不保存任何内容；稍后可通过“代码 → 编辑值”填写</translation>
    </message>
    <message>
        <source>Skip values</source>
        <translation>跳过值</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>ownership</name>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>未更改：{reason}。</translation>
    </message>
    <message>
        <source>your</source>
        <comment>whose coding: your coding</comment>
        <translation>我的</translation>
    </message>
    <message>
        <source>an unknown coder&apos;s</source>
        <comment>whose coding: an unknown coder&apos;s coding</comment>
        <translation>未知编码员的</translation>
    </message>
    <message>
        <source>{name}&apos;s</source>
        <comment>whose coding: mina&apos;s coding</comment>
        <translation>{name}的</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Testimony Annotator projects</source>
        <translation>Testimony Annotator 项目</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codebooks</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Rate tables</source>
        <translation>汇率表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <source>REFI-QDA projects</source>
        <translation>REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks</source>
        <translation>REFI-QDA 代码本</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>… 还有 {n} 项（显示详细信息）</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — remove it anyway?</source>
        <translation>此编码属于 {owner}。仍要删除吗？</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — re-code it anyway?</source>
        <translation>此编码属于 {owner}。仍要更改其代码吗？</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — resize it anyway?</source>
        <translation>此编码属于 {owner}。仍要调整其范围吗？</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — edit its values anyway?</source>
        <translation>此编码属于 {owner}。仍要编辑其值吗？</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — edit its memo anyway?</source>
        <translation>此编码属于 {owner}。仍要编辑其备忘录吗？</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — change it anyway?</source>
        <translation>此编码属于 {owner}。仍要更改吗？</translation>
    </message>
    <message>
        <source>Another coder&apos;s coding</source>
        <translation>其他编码员的编码</translation>
    </message>
    <message>
        <source>The change is recorded under your name in the audit trail.</source>
        <translation>此更改将以您的名字记入审计记录。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for {owner} today</source>
        <translation>今天不再就 {owner} 询问</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>项目已打开</translation>
    </message>
    <message>
        <source>{path}
is already open in another window:
{holder}</source>
        <translation>{path}
已在另一个窗口中打开：
{holder}</translation>
    </message>
    <message>
        <source>Two windows writing the same project would each show stale codings. You can open it read-only to look, or cancel.</source>
        <translation>两个窗口同时写入同一项目，各自显示的编码都会过时。您可以以只读方式打开查看，或取消。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
</context>
<context>
    <name>save_target</name>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
</context>
<context>
    <name>value_loss</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>{field}: {value} in {document}</source>
        <translation>{field}：{value}（{document}）</translation>
    </message>
    <message>
        <source>This would delete %n stored value that no longer fits. Go on? (Ctrl+Z brings it back.)</source>
        <translation>这将删除 %n 个不再适用的已存值。继续吗？（Ctrl+Z 可恢复。）</translation>
    </message>
    <message>
        <source>This would delete %n stored values that no longer fit. Go on? (Ctrl+Z brings them back.)</source>
        <translation>这将删除 %n 个不再适用的已存值。继续吗？（Ctrl+Z 可恢复。）</translation>
    </message>
    <message>
        <source>Nothing changed: the values were kept.</source>
        <translation>未做更改：值已保留。</translation>
    </message>
</context>
</TS>
