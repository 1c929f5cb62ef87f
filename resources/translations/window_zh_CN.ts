<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project file with a codebook</source>
        <translation>创建带代码本的项目文件</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;lose project</source>
        <translation>关闭项目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the open document, or tick All documents to list the matches in every one</source>
        <translation>在打开的文档中查找；勾选“所有文档”可列出每篇文档中的匹配项</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;memo</source>
        <translation>编辑备忘录(&amp;M)</translation>
    </message>
    <message>
        <source>Document &amp;attributes…</source>
        <translation>文档属性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>快速编码(&amp;Q)…</translation>
    </message>
    <message>
        <source>Type a few letters of a code, press Enter</source>
        <translation>输入代码名称的几个字，按 Enter</translation>
    </message>
    <message>
        <source>&amp;Apply selected code</source>
        <translation>应用所选代码(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>原话代码(&amp;I)</translation>
    </message>
    <message>
        <source>Make a code named by the selected words and apply it</source>
        <translation>以所选词语为名创建代码并应用</translation>
    </message>
    <message>
        <source>Edit &amp;values…</source>
        <translation>编辑值(&amp;V)…</translation>
    </message>
    <message>
        <source>The typed values of the chosen coded passage: price, age, date, place…</source>
        <translation>所选已编码片段的值：价格、年龄、日期、地点…</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>删除编码(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hange code…</source>
        <translation>更改代码(&amp;H)…</translation>
    </message>
    <message>
        <source>Add c&amp;ode…</source>
        <translation>添加代码(&amp;O)…</translation>
    </message>
    <message>
        <source>Add chi&amp;ld code…</source>
        <translation>添加子代码(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;name code…</source>
        <translation>重命名代码(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;colour code…</source>
        <translation>更改代码颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Recolour si&amp;blings</source>
        <translation>重新着色同级代码(&amp;B)</translation>
    </message>
    <message>
        <source>Give the code and its siblings clearly distinct colours of their group&apos;s family (undoable)</source>
        <translation>为该代码及其同级代码赋予所属组色系中明显不同的颜色（可撤销）</translation>
    </message>
    <message>
        <source>Set &amp;shortcut…</source>
        <translation>设置快捷键(&amp;S)…</translation>
    </message>
    <message>
        <source>Value fields (&amp;typed values)…</source>
        <translation>值字段(&amp;T)…</translation>
    </message>
    <message>
        <source>The values (price, age, date, place…) coders are asked for when they apply the code</source>
        <translation>编码员应用该代码时需填写的值（价格、年龄、日期、地点…）</translation>
    </message>
    <message>
        <source>&amp;Labels in other languages…</source>
        <translation>其他语言标签(&amp;L)…</translation>
    </message>
    <message>
        <source>The code&apos;s Korean and Chinese name and definitions, beside its canonical ones</source>
        <translation>在规范名称旁编辑代码的韩文和中文名称及定义</translation>
    </message>
    <message>
        <source>Add the default codebook&apos;s Korean and Chinese labels</source>
        <translation>添加默认代码本的韩文和中文标签</translation>
    </message>
    <message>
        <source>Fill in missing labels of codes from the default codebook (matched by GUID); never replaces one</source>
        <translation>从默认代码本补全缺少的代码标签（按 GUID 匹配），从不替换已有标签</translation>
    </message>
    <message>
        <source>Show code names &amp;in</source>
        <translation>代码名称显示语言(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Move code to…</source>
        <translation>移动代码(&amp;M)…</translation>
    </message>
    <message>
        <source>M&amp;erge code into…</source>
        <translation>合并代码(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete code…</source>
        <translation>删除代码(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;uto-code with a pattern…</source>
        <translation>按模式自动编码(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Filter codes</source>
        <translation>筛选代码(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch coder…</source>
        <translation>切换编码员(&amp;S)…</translation>
    </message>
    <message>
        <source>Coders change only their &amp;own codings</source>
        <translation>编码员只能更改自己的编码(&amp;O)</translation>
    </message>
    <message>
        <source>A project setting: refuse changes to another coder&apos;s codings instead of asking first</source>
        <translation>项目设置：直接拒绝更改其他编码员的编码，而不是先询问</translation>
    </message>
    <message>
        <source>&amp;My codings</source>
        <translation>我的编码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;All coders</source>
        <translation>所有编码员(&amp;A)</translation>
    </message>
    <message>
        <source>One &amp;coder</source>
        <translation>单个编码员(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;lour by coder</source>
        <translation>按编码员着色(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;veal veiled passages</source>
        <translation>显示已遮盖的片段(&amp;V)</translation>
    </message>
    <message>
        <source>Show every warned passage veiled for you (uncheck to veil them again)</source>
        <translation>显示为您遮盖的所有警告片段（取消勾选即重新遮盖）</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;documents</source>
        <translation>转到文档(&amp;D)</translation>
    </message>
    <message>
        <source>Go to &amp;text</source>
        <translation>转到正文(&amp;T)</translation>
    </message>
    <message>
        <source>Go to code&amp;book</source>
        <translation>转到代码本(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;segments</source>
        <translation>转到片段(&amp;S)</translation>
    </message>
    <message>
        <source>Go to m&amp;emo</source>
        <translation>转到备忘录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Testimony Annotator</source>
        <translation>关于证词标注工具(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open or create a project from the File menu.</source>
        <translation>请从“文件”菜单打开或创建项目。</translation>
    </message>
    <message>
        <source>No project to open yet: create one with File → New project.</source>
        <translation>还没有可打开的项目：请用“文件 → 新建项目”创建。</translation>
    </message>
</context>
<context>
    <name>CoderController</name>
    <message>
        <source>This project is open read-only; the coder cannot change.</source>
        <translation>此项目以只读方式打开，无法更换编码员。</translation>
    </message>
    <message>
        <source>You are now coding as {coder}.</source>
        <translation>现在以 {coder} 的身份编码。</translation>
    </message>
    <message>
        <source>You are now coding as {coder} (a new coder of this project).</source>
        <translation>现在以 {coder} 的身份编码（本项目的新编码员）。</translation>
    </message>
    <message>
        <source>Coders may now change only their own codings (Ctrl+Z undoes it).</source>
        <translation>现在编码员只能更改自己的编码（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Coders may change each other&apos;s codings again, after a question (Ctrl+Z undoes it).</source>
        <translation>编码员经确认后又可以更改彼此的编码（Ctrl+Z 可撤销）。</translation>
    </message>
</context>
<context>
    <name>CoderLegend</name>
    <message>
        <source>Colour by coder: {coders}</source>
        <translation>按编码员着色：{coders}</translation>
    </message>
    <message>
        <source>Colour by coder:</source>
        <translation>按编码员着色：</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Open a document first.</source>
        <translation>请先打开文档。</translation>
    </message>
    <message>
        <source>Select a passage in the text first, then choose a code.</source>
        <translation>请先在正文中选择片段，再选择代码。</translation>
    </message>
    <message>
        <source>Coded {characters} with {code}.</source>
        <translation>已用 {code} 编码 {characters}。</translation>
    </message>
    <message>
        <source>Select a code in the codebook first (or press Ctrl+K).</source>
        <translation>请先在代码本中选择代码（或按 Ctrl+K）。</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>快速编码</translation>
    </message>
    <message>
        <source>In vivo: coded {characters} with the new code {name} (Ctrl+Z undoes it).</source>
        <translation>原话编码：用新代码 {name} 编码了 {characters}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>In vivo: coded {characters} with the code {name} (Ctrl+Z undoes it).</source>
        <translation>原话编码：用代码 {name} 编码了 {characters}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Click a highlight (or select segments) to choose the coding to remove.</source>
        <translation>请点击高亮（或在片段列表中选择）以选定要删除的编码。</translation>
    </message>
    <message>
        <source>{codings} removed (Ctrl+Z undoes it).</source>
        <translation>已删除 {codings}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Click a highlight first to choose the coding to re-code.</source>
        <translation>请先点击高亮以选定要更改代码的编码。</translation>
    </message>
    <message>
        <source>Change code</source>
        <translation>更改代码</translation>
    </message>
    <message>
        <source>{codings} re-coded to {code} (Ctrl+Z undoes it).</source>
        <translation>已将 {codings} 改为代码 {code}（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <source>Change code to…</source>
        <translation>更改为代码…</translation>
    </message>
    <message>
        <source>Resized the {code} coding to {characters}: {words}.</source>
        <translation>已将 {code} 编码的范围调整为 {characters}：{words}。</translation>
    </message>
    <message>
        <source>Resized the {code} coding to {characters}.</source>
        <translation>已将 {code} 编码的范围调整为 {characters}。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>%n attribute value</source>
        <translation>%n 个属性值</translation>
    </message>
    <message>
        <source>%n attribute values</source>
        <translation>%n 个属性值</translation>
    </message>
    <message>
        <source>%n case</source>
        <translation>%n 例个案</translation>
    </message>
    <message>
        <source>%n cases</source>
        <translation>%n 例个案</translation>
    </message>
    <message>
        <source>%n character</source>
        <translation>%n 个字符</translation>
    </message>
    <message>
        <source>%n characters</source>
        <translation>%n 个字符</translation>
    </message>
    <message>
        <source>%n child</source>
        <translation>%n 个子项</translation>
    </message>
    <message>
        <source>%n children</source>
        <translation>%n 个子项</translation>
    </message>
    <message>
        <source>%n code</source>
        <translation>%n 个代码</translation>
    </message>
    <message>
        <source>%n codes</source>
        <translation>%n 个代码</translation>
    </message>
    <message>
        <source>%n coded passage</source>
        <translation>%n 个已编码片段</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation>%n 个已编码片段</translation>
    </message>
    <message>
        <source>%n coder</source>
        <translation>%n 位编码员</translation>
    </message>
    <message>
        <source>%n coders</source>
        <translation>%n 位编码员</translation>
    </message>
    <message>
        <source>%n coding</source>
        <translation>%n 个编码</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>%n 个编码</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation>%n 个文档</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>%n 个文档</translation>
    </message>
    <message>
        <source>%n figure</source>
        <translation>%n 个数值</translation>
    </message>
    <message>
        <source>%n figures</source>
        <translation>%n 个数值</translation>
    </message>
    <message>
        <source>%n file</source>
        <translation>%n 个文件</translation>
    </message>
    <message>
        <source>%n files</source>
        <translation>%n 个文件</translation>
    </message>
    <message>
        <source>%n match</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>%n matches</source>
        <translation>%n 处匹配</translation>
    </message>
    <message>
        <source>%n passage</source>
        <translation>%n 个片段</translation>
    </message>
    <message>
        <source>%n passages</source>
        <translation>%n 个片段</translation>
    </message>
    <message>
        <source>%n row</source>
        <translation>%n 行</translation>
    </message>
    <message>
        <source>%n rows</source>
        <translation>%n 行</translation>
    </message>
    <message>
        <source>%n value</source>
        <translation>%n 个值</translation>
    </message>
    <message>
        <source>%n values</source>
        <translation>%n 个值</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>All &amp;documents</source>
        <translation>所有文档(&amp;D)</translation>
    </message>
    <message>
        <source>Find in every document of the project; the matches are listed</source>
        <translation>在项目的所有文档中查找，并列出匹配项</translation>
    </message>
    <message>
        <source>Matches in all documents</source>
        <translation>所有文档中的匹配项</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>在所有文档中查找</translation>
    </message>
    <message>
        <source>Not found in any document</source>
        <translation>所有文档中均未找到</translation>
    </message>
    <message>
        <source>{matches} in {documents}</source>
        <translation>{documents}中共 {matches}</translation>
    </message>
    <message>
        <source>{matches} in {documents} (the first ones; refine the search for the rest)</source>
        <translation>{documents}中共 {matches}（仅显示前面的结果；请细化搜索以查看其余结果）</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation>下次启动时界面将使用{language}。</translation>
    </message>
    <message>
        <source>The interface will follow the system language ({language}) from the next start.</source>
        <translation>下次启动时界面将跟随系统语言（{language}）。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>个案(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Testimony Annotator</source>
        <translation>证词标注工具</translation>
    </message>
    <message>
        <source>Testimony text</source>
        <translation>证词正文</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>The current coder (Team → Switch coder…)</source>
        <translation>当前编码员（团队 → 切换编码员…）</translation>
    </message>
    <message>
        <source>Undone: {step} (Ctrl+Shift+Z redoes it).</source>
        <translation>已撤销：{step}（Ctrl+Shift+Z 可重做）。</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>已重做：{step}。</translation>
    </message>
    <message>
        <source>{project} [read-only] — {app}</source>
        <translation>{project} [只读] — {app}</translation>
    </message>
    <message>
        <source>{project} — {app}</source>
        <translation>{project} — {app}</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>编码员：{coder}</translation>
    </message>
    <message>
        <source>Coder: none (read-only)</source>
        <translation>编码员：无（只读）</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <source>Open a project file, or make a new one with a codebook. You can also drop a project file on this window.</source>
        <translation>打开项目文件，或新建一个带代码本的项目。也可以把项目文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>{project} has no documents yet</source>
        <translation>{project} 中还没有文档</translation>
    </message>
    <message>
        <source>This project has no documents yet</source>
        <translation>此项目中还没有文档</translation>
    </message>
    <message>
        <source>This project is open read-only, so no documents can be imported into it.</source>
        <translation>此项目以只读方式打开，无法导入文档。</translation>
    </message>
    <message>
        <source>Import interview transcripts and statements (txt, docx, pdf, odt, rtf, html, md, or a REFI-QDA project), or drop the files on this window.</source>
        <translation>导入访谈记录和陈述（txt、docx、pdf、odt、rtf、html、md 或 REFI-QDA 项目），或把文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Choose a testimony in the Documents list.</source>
        <translation>请在文档列表中选择一份证词。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>MemoController</name>
    <message>
        <source>A memo on the project. It is saved as you type.</source>
        <translation>项目备忘录。输入时自动保存。</translation>
    </message>
    <message>
        <source>A memo on this document. It is saved as you type.</source>
        <translation>此文档的备忘录。输入时自动保存。</translation>
    </message>
    <message>
        <source>A memo on this code. It is saved as you type.</source>
        <translation>此代码的备忘录。输入时自动保存。</translation>
    </message>
    <message>
        <source>A memo on this coded passage. It is saved as you type.</source>
        <translation>此已编码片段的备忘录。输入时自动保存。</translation>
    </message>
    <message>
        <source>No memo on the project. The project is open read-only.</source>
        <translation>项目没有备忘录。项目以只读方式打开。</translation>
    </message>
    <message>
        <source>No memo on this document. The project is open read-only.</source>
        <translation>此文档没有备忘录。项目以只读方式打开。</translation>
    </message>
    <message>
        <source>No memo on this code. The project is open read-only.</source>
        <translation>此代码没有备忘录。项目以只读方式打开。</translation>
    </message>
    <message>
        <source>No memo on this coded passage. The project is open read-only.</source>
        <translation>此已编码片段没有备忘录。项目以只读方式打开。</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>Project memo — {name}</source>
        <translation>项目备忘录 — {name}</translation>
    </message>
    <message>
        <source>a removed code</source>
        <translation>已删除的代码</translation>
    </message>
    <message>
        <source>Memo on your coding — {code}</source>
        <translation>我的编码备忘录 — {code}</translation>
    </message>
    <message>
        <source>Memo on {coder}&apos;s coding — {code}</source>
        <translation>{coder} 的编码备忘录 — {code}</translation>
    </message>
    <message>
        <source>an unknown coder</source>
        <translation>未知编码员</translation>
    </message>
    <message>
        <source>Document memo — {name}</source>
        <translation>文档备忘录 — {name}</translation>
    </message>
    <message>
        <source>no code with id {id}</source>
        <translation>没有 ID 为 {id} 的代码</translation>
    </message>
    <message>
        <source>Code memo — {name}</source>
        <translation>代码备忘录 — {name}</translation>
    </message>
    <message>
        <source>This is {coder}&apos;s coding: in this project only its coder may change its memo.</source>
        <translation>这是 {coder} 的编码：在此项目中只有其编码员可以更改备忘录。</translation>
    </message>
    <message>
        <source>Open a project to write memos.</source>
        <translation>打开项目后即可撰写备忘录。</translation>
    </message>
    <message>
        <source>This passage is veiled for you, and so is its memo. Reveal the passage (a click on it, or Space in the segments table) to read or write its memo.</source>
        <translation>此片段已为您遮盖，其备忘录也一样。显示该片段（单击它，或在已编码片段表中按 Space）即可阅读或编写备忘录。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / 双击</translation>
    </message>
    <message>
        <source>Apply the code to the selected text</source>
        <translation>将代码应用到所选文本</translation>
    </message>
    <message>
        <source>1–9 and set keys (in the text)</source>
        <translation>1–9 及设定的键（在正文中）</translation>
    </message>
    <message>
        <source>Apply the code with that shortcut</source>
        <translation>应用该快捷键对应的代码</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Shift+arrows / drag a stripe end</source>
        <translation>Shift+方向键 / 拖动条纹末端</translation>
    </message>
    <message>
        <source>Resize the selected coding</source>
        <translation>调整所选编码的范围</translation>
    </message>
    <message>
        <source>Drag a code onto the selection</source>
        <translation>将代码拖到所选文本上</translation>
    </message>
    <message>
        <source>Apply that code</source>
        <translation>应用该代码</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>下一个 / 上一个匹配项</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Alt+D / Down</source>
        <translation>Alt+D / 下方向键</translation>
    </message>
    <message>
        <source>Search all documents / into the list of matches (Enter opens one)</source>
        <translation>搜索所有文档 / 进入匹配项列表（按 Enter 打开）</translation>
    </message>
    <message>
        <source>Codebook filter</source>
        <translation>代码本筛选</translation>
    </message>
    <message>
        <source>Clear the filter (again: to the code tree)</source>
        <translation>清除筛选（再按一次：转到代码树）</translation>
    </message>
    <message>
        <source>Drag / Alt+drag</source>
        <translation>拖动 / Alt+拖动</translation>
    </message>
    <message>
        <source>Select whole words / select by character</source>
        <translation>按词选择 / 按字符选择</translation>
    </message>
    <message>
        <source>Values bar</source>
        <translation>值输入栏</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Store every filled value (one undo step)</source>
        <translation>保存所有已填写的值（一步撤销）</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>下一个 / 上一个字段</translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation>下 / 上方向键</translation>
    </message>
    <message>
        <source>The passage&apos;s other readings (or a choice field&apos;s choices)</source>
        <translation>片段的其他读法（或选项字段的选项）</translation>
    </message>
    <message>
        <source>Skip: store nothing (values can be added later)</source>
        <translation>跳过：不保存（值可以稍后添加）</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Double-click a value</source>
        <translation>双击值</translation>
    </message>
    <message>
        <source>Edit the values of that passage</source>
        <translation>编辑该片段的值</translation>
    </message>
    <message>
        <source>Open the passage</source>
        <translation>打开片段</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Open the case&apos;s journey timeline</source>
        <translation>打开个案的经历时间线</translation>
    </message>
    <message>
        <source>Down (in the filter box)</source>
        <translation>下方向键（在筛选框中）</translation>
    </message>
    <message>
        <source>Into the case list</source>
        <translation>进入个案列表</translation>
    </message>
    <message>
        <source>Case editor</source>
        <translation>个案编辑器</translation>
    </message>
    <message>
        <source>Enter (label) / Ctrl+Enter</source>
        <translation>Enter（名称）/ Ctrl+Enter</translation>
    </message>
    <message>
        <source>Store the changes (one undo step)</source>
        <translation>保存更改（一步撤销）</translation>
    </message>
    <message>
        <source>Revert to the stored case</source>
        <translation>恢复为已保存的个案</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>经历时间线</translation>
    </message>
    <message>
        <source>Enter / click</source>
        <translation>Enter / 单击</translation>
    </message>
    <message>
        <source>Open the event&apos;s passage</source>
        <translation>打开事件的片段</translation>
    </message>
    <message>
        <source>Code key</source>
        <translation>代码键</translation>
    </message>
</context>
</TS>
