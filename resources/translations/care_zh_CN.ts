<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Content &amp;warnings…</source>
        <translation>内容警告列表(&amp;W)…</translation>
    </message>
    <message>
        <source>The project&apos;s list of content warnings: add, rename, describe, remove</source>
        <translation>项目的内容警告列表：添加、重命名、说明、删除</translation>
    </message>
    <message>
        <source>Document &amp;warnings…</source>
        <translation>文档的内容警告(&amp;D)…</translation>
    </message>
    <message>
        <source>Which content warnings the chosen document carries</source>
        <translation>所选文档带有哪些内容警告</translation>
    </message>
    <message>
        <source>Care &amp;preferences…</source>
        <translation>关怀设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Your own choices about warned material, breaks and what is recorded (kept on this computer)</source>
        <translation>关于带警告的材料、休息和记录内容的个人选择（仅保存在本机）</translation>
    </message>
    <message>
        <source>Content &amp;warnings of code…</source>
        <translation>代码的内容警告(&amp;W)…</translation>
    </message>
    <message>
        <source>Every passage coded with the code carries its warnings</source>
        <translation>用此代码编码的每个片段都带有其警告</translation>
    </message>
</context>
<context>
    <name>CarePreferencesDialog</name>
    <message>
        <source>Care preferences</source>
        <translation>关怀设置</translation>
    </message>
    <message>
        <source>These are {coder}&apos;s own choices. They are kept on this computer, not in the project, and no one else sees them.</source>
        <translation>这些是 {coder} 的个人选择。它们保存在本机上，不在项目中，其他人看不到。</translation>
    </message>
    <message>
        <source>&amp;Ask before opening a document that carries a content warning</source>
        <translation>打开带内容警告的文档前先询问(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Veil passages that carry a content warning</source>
        <translation>遮盖带内容警告的片段(&amp;V)</translation>
    </message>
    <message>
        <source>Warned passages are shown as a neutral bar in tables and reports until you reveal them</source>
        <translation>带警告的片段在表格和报告中显示为中性横条，直到你展开它们</translation>
    </message>
    <message>
        <source>Remind me to take a &amp;break after:</source>
        <translation>在以下时间后提醒我休息(&amp;B)：</translation>
    </message>
    <message>
        <source> minutes of coding</source>
        <translation>分钟编码后</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Break reminder, in minutes</source>
        <translation>休息提醒（分钟）</translation>
    </message>
    <message>
        <source>0 turns the reminder off</source>
        <translation>0 表示关闭提醒</translation>
    </message>
    <message>
        <source>Show a &amp;summary at the end of a session (kept on this computer)</source>
        <translation>会话结束时显示摘要(&amp;S)（仅保存在本机）</translation>
    </message>
    <message>
        <source>&amp;Record the warned documents I open in the audit trail</source>
        <translation>在审计记录中记下我打开的带警告文档(&amp;R)</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When on, each warned document you open is written to the project&apos;s audit trail (which document, its warnings, when), once per session. The team lead and anyone with the project file can read it, for example to see who has read which material.</source>
        <translation>除非你打开，否则此项关闭。打开后，你每打开一个带警告的文档，每个会话会在项目的审计记录中写入一次（哪个文档、它的警告、时间）。团队负责人以及任何持有项目文件的人都能读到，例如用来查看谁读过哪些材料。</translation>
    </message>
</context>
<context>
    <name>ContentWarnings</name>
    <message>
        <source>sexual violence</source>
        <translation>性暴力</translation>
    </message>
    <message>
        <source>violence against children</source>
        <translation>针对儿童的暴力</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>酷刑</translation>
    </message>
    <message>
        <source>suicide and self-harm</source>
        <translation>自杀与自伤</translation>
    </message>
    <message>
        <source>death and execution</source>
        <translation>死亡与处决</translation>
    </message>
    <message>
        <source>Rape, sexual assault, forced prostitution, sexual exploitation</source>
        <translation>强奸、性侵犯、强迫卖淫、性剥削</translation>
    </message>
    <message>
        <source>Abuse, sexual exploitation or trafficking of anyone under 18</source>
        <translation>对未满 18 岁者的虐待、性剥削或贩卖</translation>
    </message>
    <message>
        <source>Torture and cruel treatment, in detention or by traffickers</source>
        <translation>拘押期间或人贩子施加的酷刑和残忍对待</translation>
    </message>
    <message>
        <source>Suicide, attempts, self-harm and thoughts of them</source>
        <translation>自杀、自杀未遂、自伤及相关念头</translation>
    </message>
    <message>
        <source>Killings, executions, deaths in detention or in flight</source>
        <translation>杀害、处决、拘押期间或逃亡途中的死亡</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message numerus="yes">
        <source>Your last session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>上次工作时段：{length}，编码了 %n 个片段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>本次工作时段：{length}，编码了 %n 个片段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session: {length}, %n passages coded.</source>
        <translation>上次工作时段：{length}，编码了 %n 个片段。</translation>
    </message>
    <message>
        <source>This session: {length}, %n passages coded.</source>
        <translation>本次工作时段：{length}，编码了 %n 个片段。</translation>
    </message>
    <message numerus="yes">
        <source>You have been coding for %n minute. A short break helps.</source>
        <translation>
            <numerusform>您已连续编码 %n 分钟。稍作休息会有帮助。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been coding for %n minutes. A short break helps.</source>
        <translation>您已连续编码 %n 分钟。稍作休息会有帮助。</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>休息提醒</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10 分钟后再提醒</translation>
    </message>
    <message>
        <source>Hide the reminder for ten minutes of coding</source>
        <translation>在接下来 10 分钟的编码中隐藏提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>隐藏此提示</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>工作时段小结</translation>
    </message>
</context>
<context>
    <name>Veil</name>
    <message>
        <source>Veiled — {codes}</source>
        <translation>已遮盖 — {codes}</translation>
    </message>
    <message>
        <source>Veiled passage: {warnings}</source>
        <translation>已遮盖的片段：{warnings}</translation>
    </message>
    <message>
        <source>Click, or press Space or Enter, to reveal it; View → Reveal veiled passages shows all.</source>
        <translation>单击或按 Space 或 Enter 即可显示；视图 → 显示已遮盖的片段可全部显示。</translation>
    </message>
</context>
<context>
    <name>WarningGate</name>
    <message>
        <source>Warned documents now open without asking for {coder} (Edit → Care preferences… asks again).</source>
        <translation>现在为 {coder} 打开带警告的文档时不再询问（编辑 → 关怀设置… 可恢复询问）。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>WarningInterstitial</name>
    <message>
        <source>Content warning</source>
        <translation>内容警告</translation>
    </message>
    <message>
        <source>Enter opens it; Escape goes back. Edit → Care preferences… changes whether you are asked.</source>
        <translation>按 Enter 打开，按 Esc 返回。是否询问可在 编辑 → 关怀设置… 中更改。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Go back to the document open before (Escape)</source>
        <translation>返回之前打开的文档（Esc）</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>不再询问</translation>
    </message>
    <message>
        <source>Open warned documents without this panel from now on (your own preference, on this computer; Edit → Care preferences… turns it back on)</source>
        <translation>今后打开带警告的文档时不再显示此面板（你在本机的个人设置；可在 编辑 → 关怀设置… 中重新打开）</translation>
    </message>
    <message>
        <source>This testimony describes: {warnings}.</source>
        <translation>此证词涉及：{warnings}。</translation>
    </message>
    <message>
        <source>Show the text of {document} (Enter)</source>
        <translation>显示 {document} 的文本（Enter）</translation>
    </message>
</context>
<context>
    <name>WarningListDialog</name>
    <message>
        <source>Content warnings</source>
        <translation>内容警告</translation>
    </message>
    <message>
        <source>The project&apos;s content warnings</source>
        <translation>项目的内容警告</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>涵盖内容</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation>涵盖内容(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Rename or re-describe the chosen warning (one undo step)</source>
        <translation>重命名或重新说明所选警告（一步撤销）</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>作为新项添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a warning with this name and description to the list</source>
        <translation>用此名称和说明向列表添加一个警告</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen warning off the list and off every document and code (Ctrl+Z undoes it)</source>
        <translation>从列表以及所有文档和代码中移除所选警告（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Warnings are the project&apos;s: every coder sees the same list. Renaming keeps them on the documents and codes that carry them.</source>
        <translation>警告属于项目：每个编码员看到同一个列表。重命名后，带有该警告的文档和代码仍保留它。</translation>
    </message>
    <message>
        <source>Shown in this language as: {name}</source>
        <translation>在此语言中显示为：{name}</translation>
    </message>
</context>
<context>
    <name>WarningsController</name>
    <message>
        <source>This project is open read-only; content warnings cannot be changed.</source>
        <translation>此项目以只读方式打开，无法更改内容警告。</translation>
    </message>
    <message>
        <source>{what} (Ctrl+Z undoes it).</source>
        <translation>{what}（Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Added the content warning {name}</source>
        <translation>已添加内容警告 {name}</translation>
    </message>
    <message>
        <source>Renamed the content warning {old} to {new}</source>
        <translation>已将内容警告 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Changed what the content warning {name} covers</source>
        <translation>已更改内容警告 {name} 的说明</translation>
    </message>
    <message>
        <source>Removed the content warning {name} (documents: {documents}, codes: {codes})</source>
        <translation>已删除内容警告 {name}（文档：{documents}，代码：{codes}）</translation>
    </message>
    <message>
        <source>Choose a document in the Documents list first.</source>
        <translation>请先在文档列表中选择一个文档。</translation>
    </message>
    <message>
        <source>Document warnings</source>
        <translation>文档的内容警告</translation>
    </message>
    <message>
        <source>What {document} describes (the app asks each coder who wants it before showing its text):</source>
        <translation>{document} 涉及的内容（对选择询问的编码员，显示文本前会先询问）：</translation>
    </message>
    <message>
        <source>{document} carries no content warning now</source>
        <translation>{document} 现在没有内容警告</translation>
    </message>
    <message>
        <source>Marked {document} with: {warnings}</source>
        <translation>已为 {document} 标记：{warnings}</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>请先在代码本中选择一个代码。</translation>
    </message>
    <message>
        <source>Content warnings of code</source>
        <translation>代码的内容警告</translation>
    </message>
    <message>
        <source>Every passage coded with {code} carries these warnings, whoever coded it:</source>
        <translation>无论由谁编码，用 {code} 编码的每个片段都带有这些警告：</translation>
    </message>
    <message>
        <source>The code {code} carries no content warning now</source>
        <translation>代码 {code} 现在没有内容警告</translation>
    </message>
    <message>
        <source>Marked the code {code} with: {warnings}</source>
        <translation>已为代码 {code} 标记：{warnings}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Care preferences saved for {coder}, on this computer only.</source>
        <translation>已为 {coder} 保存关怀设置，仅保存在本机。</translation>
    </message>
</context>
</TS>
