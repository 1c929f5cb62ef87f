<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Coded data as CSV, Excel, JSON, HTML, a matrix, a case table or REFI-QDA</source>
        <translation>将编码数据导出为 CSV、Excel、JSON、HTML、矩阵、个案表或 REFI-QDA</translation>
    </message>
    <message>
        <source>&amp;Merge projects…</source>
        <translation>合并项目(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring coders&apos; copies back into this project</source>
        <translation>将编码员的副本合并回本项目</translation>
    </message>
    <message>
        <source>Make coder &amp;package…</source>
        <translation>制作编码员工作包(&amp;P)…</translation>
    </message>
    <message>
        <source>A copy for one coder: documents and codebook, nobody else&apos;s codings</source>
        <translation>供一名编码员使用的副本：文档和代码本，不含他人的编码</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>编码员间一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>Inter-coder agreement per code and document: kappa, alpha, segments</source>
        <translation>按代码和文档计算的编码员间一致性：卡帕、α、片段</translation>
    </message>
    <message>
        <source>&amp;Disagreements…</source>
        <translation>分歧(&amp;D)…</translation>
    </message>
    <message>
        <source>Walk through the passages where two coders differ; accept a version into the consensus</source>
        <translation>逐一查看两位编码员存在分歧的片段，并将其中一个版本采纳为共识</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>事实(&amp;F)…</translation>
    </message>
    <message>
        <source>Prices, ages, dates and places on coded passages: count, minimum, median, maximum, with quotes</source>
        <translation>编码片段中的价格、年龄、日期和地点：数量、最小值、中位数、最大值及引文</translation>
    </message>
    <message>
        <source>&amp;Retrieval and reports…</source>
        <translation>检索与报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Segments by code, coder, document and attributes; frequencies; co-occurrence; charts</source>
        <translation>按代码、编码员、文档和属性检索片段；频次；共现；图表</translation>
    </message>
    <message>
        <source>&amp;Exposure to content warnings…</source>
        <translation>内容警告接触情况(&amp;E)…</translation>
    </message>
    <message>
        <source>Which coders read which content warnings: from their packages, opened documents, their codings</source>
        <translation>哪些编码员读过哪些内容警告：来自其工作包、打开的文档和编码</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>
&lt;p&gt;&lt;b&gt;Agreement %&lt;/b&gt; — the share of characters on which the coders agree: both applied the
code, or neither did. NVivo&apos;s Coding Comparison reports it as &quot;Agreement (%)&quot;. Long uncoded
stretches push it towards 100%, so read it with κ or α.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Cohen&apos;s κ&lt;/b&gt; (two coders) and &lt;b&gt;Fleiss&apos; κ&lt;/b&gt; (three or more) — agreement on the same
characters corrected for what chance alone would give. NVivo&apos;s &quot;Kappa&quot; uses the same formula;
NVivo averages per document weighted by length, while this pools the characters of all chosen
documents.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Krippendorff&apos;s α&lt;/b&gt; (nominal) — the same character units, with Krippendorff&apos;s
correction; it equals what the &lt;i&gt;krippendorff&lt;/i&gt; package computes.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Unitized α&lt;/b&gt; — Krippendorff&apos;s |uα for continuous text: a coded segment counts as one
judgement. ATLAS.ti&apos;s α-binary for a one-code domain.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Segments&lt;/b&gt; — the share of each coder&apos;s segments that the other coder matches with the
same code, overlapping by at least the threshold (intersection over union). MAXQDA&apos;s
&quot;segments overlap by at least x %&quot;.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Overall&lt;/b&gt; — every (character, code) pair of the codes some coder applied, pooled into
one table: a summary of this program, not a published coefficient. A code nobody applied is
left out of it, so listing such a code never changes it.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;n/a&lt;/b&gt; — the statistic is undefined here: nobody applied the code in these documents
(even Agreement %, which would only count untouched characters), or every coder coded every
character (κ and α). The reason is in the tooltip and under Notes. It is never shown as 1.0.&lt;/p&gt;
&lt;p&gt;Krippendorff&apos;s guide for κ and α: 0.80 or more is reliable, 0.667–0.80 allows tentative
conclusions, below that the code needs work. Cells are tinted accordingly.&lt;/p&gt;
</source>
        <translation>
&lt;p&gt;&lt;b&gt;一致率(%)&lt;/b&gt; — 编码员一致的字符所占比例：双方都使用了该代码，或都未使用。NVivo 的编码比较
（Coding Comparison）将其报告为 &quot;Agreement (%)&quot;。较长的未编码段会使其接近 100%，因此请结合卡帕或α系数解读。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;科恩卡帕系数&lt;/b&gt;（两名编码员）和&lt;b&gt;弗莱斯卡帕系数&lt;/b&gt;（三名或以上）— 针对相同字符、经机遇一致校正后的
一致性。NVivo 的 &quot;Kappa&quot; 使用相同公式；NVivo 按文档长度加权平均，而这里合并所有所选文档的字符。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;克里彭多夫α系数&lt;/b&gt;（名义）— 基于相同的字符单元，采用克里彭多夫的校正；与 &lt;i&gt;krippendorff&lt;/i&gt;
软件包的计算结果相同。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;单元化α系数&lt;/b&gt; — 克里彭多夫用于连续文本的 |uα：一个编码片段计为一次判断。相当于 ATLAS.ti
针对单代码域的 α-binary。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;片段一致率&lt;/b&gt; — 每位编码员的片段中，另一编码员以相同代码、且重叠程度（交集/并集）不低于阈值进行匹配的
比例。相当于 MAXQDA 的“片段至少重叠 x %”。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;总体&lt;/b&gt; — 将任一编码员使用过的代码的所有（字符，代码）对合并为一张表：这是本程序的汇总值，并非已发表的
系数。无人使用的代码不计入，因此列出这样的代码不会改变它。&lt;/p&gt;
&lt;p&gt;&lt;b&gt;不适用&lt;/b&gt; — 此处该统计量无定义：在这些文档中无人使用该代码（一致率(%)也是如此，否则只会统计未触及的
字符），或每位编码员都编码了每个字符（卡帕和α系数）。原因见提示和“说明”。绝不会显示为 1.0。&lt;/p&gt;
&lt;p&gt;克里彭多夫对卡帕和α系数的判断标准：0.80 或以上为可靠，0.667–0.80 可得出初步结论，低于此值则该代码需要改进。
单元格按此着色。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Inter-coder agreement</source>
        <translation>编码员间一致性</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>筛选编码员…</translation>
    </message>
    <message>
        <source>All codes the coders used</source>
        <translation>编码员使用过的所有代码</translation>
    </message>
    <message>
        <source>Only the checked codes</source>
        <translation>仅勾选的代码</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>筛选代码…</translation>
    </message>
    <message>
        <source>A code includes its sub-codes</source>
        <translation>代码包含其子代码</translation>
    </message>
    <message>
        <source>Documents coded by any chosen coder</source>
        <translation>任一所选编码员编码过的文档</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>筛选文档…</translation>
    </message>
    <message>
        <source>Segment agreement: overlap (intersection over union) needed for a match</source>
        <translation>片段一致：判定匹配所需的重叠比例（交集/并集）</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>Coders (two or more)</source>
        <translation>编码员（两名或以上）</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Segment &amp;overlap:</source>
        <translation>片段重叠(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose two or more coders and press Compute.</source>
        <translation>请选择两名或以上编码员，然后点击“计算”。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按代码</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>About the measures</source>
        <translation>关于各项指标</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>导出为 XLSX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hover a value for its meaning; n/a says why in its tooltip.</source>
        <translation>将鼠标悬停在数值上可查看其含义；“不适用”的原因见其提示。</translation>
    </message>
    <message>
        <source>Check two or more coders to compare.</source>
        <translation>请勾选两名或以上编码员进行比较。</translation>
    </message>
    <message>
        <source>Check at least one code, or choose all codes.</source>
        <translation>请至少勾选一个代码，或选择所有代码。</translation>
    </message>
    <message>
        <source>Check at least one document, or use the documents the coders coded.</source>
        <translation>请至少勾选一个文档，或使用编码员编码过的文档。</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>编码员间一致性</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ {value}</source>
        <translation>弗莱斯卡帕系数 {value}</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ {value}</source>
        <translation>科恩卡帕系数 {value}</translation>
    </message>
    <message>
        <source>α {value}</source>
        <translation>克里彭多夫α系数 {value}</translation>
    </message>
    <message>
        <source>agreement {value}</source>
        <translation>一致率 {value}</translation>
    </message>
    <message>
        <source>segments {value}</source>
        <translation>片段一致率 {value}</translation>
    </message>
    <message>
        <source>{coders} — {documents} documents, {characters} characters, {codes} codes, segment overlap {threshold}, sub-codes included.</source>
        <translation>{coders} — {documents} 个文档，{characters} 个字符，{codes} 个代码，片段重叠 {threshold}，含子代码。</translation>
    </message>
    <message>
        <source>{coders} — {documents} documents, {characters} characters, {codes} codes, segment overlap {threshold}.</source>
        <translation>{coders} — {documents} 个文档，{characters} 个字符，{codes} 个代码，片段重叠 {threshold}。</translation>
    </message>
    <message>
        <source>Overall: {figures}.</source>
        <translation>总体：{figures}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No notes: every statistic is defined.</source>
        <translation>无说明：所有统计量均有定义。</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>说明 ({n})</translation>
    </message>
    <message>
        <source>Export agreement and codings</source>
        <translation>导出编码员间一致性和编码</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;All files (*)</source>
        <translation>Excel (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>导出编码员间一致性</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} codings and the agreement sheet).</source>
        <translation>已写入 {path}（{n} 条编码及一致性工作表）。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率(%)</translation>
    </message>
    <message>
        <source>Characters on which the coders agree (coded by both, or by neither)</source>
        <translation>编码员一致的字符（双方都编码或都未编码）</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>科恩卡帕系数</translation>
    </message>
    <message>
        <source>Percent agreement corrected for chance, on characters</source>
        <translation>经机遇校正的字符级一致率</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>克里彭多夫α系数</translation>
    </message>
    <message>
        <source>Nominal alpha on the same character units</source>
        <translation>基于相同字符单元的名义α系数</translation>
    </message>
    <message>
        <source>Unitized α</source>
        <translation>单元化α系数</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s |uα: a coded segment counts as one judgement</source>
        <translation>克里彭多夫 |uα：一个编码片段计为一次判断</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段一致率</translation>
    </message>
    <message>
        <source>Share of segments the other coder matches with enough overlap</source>
        <translation>另一编码员以足够重叠匹配的片段比例</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>弗莱斯卡帕系数</translation>
    </message>
    <message>
        <source>Agreement of three or more coders corrected for chance</source>
        <translation>经机遇校正的三名或以上编码员的一致性</translation>
    </message>
    <message>
        <source>no variation over the pooled codes</source>
        <translation>合并的代码之间没有变异</translation>
    </message>
    <message>
        <source>Overall (all codes pooled)</source>
        <translation>总体（合并所有代码）</translation>
    </message>
    <message>
        <source>Every (character, code) pair of the codes some coder applied, as one unit: a pooled character-level figure, not a published coefficient</source>
        <translation>将任一编码员使用过的代码的所有（字符，代码）对视为一个单元：这是合并的字符级数值，并非已发表的系数</translation>
    </message>
    <message>
        <source>no coder applied the compared codes in this document (nothing to agree on), or every coder coded all of it (no variation)</source>
        <translation>本文档中没有编码员使用所比较的代码（无可比较之处），或所有编码员都编码了整篇文档（没有变异）</translation>
    </message>
    <message>
        <source>{document}: {n} characters</source>
        <translation>{document}：{n} 个字符</translation>
    </message>
    <message>
        <source>Overall (all documents)</source>
        <translation>总体（所有文档）</translation>
    </message>
    <message>
        <source>The whole sub-corpus</source>
        <translation>整个子语料库</translation>
    </message>
    <message>
        <source>Segments ({coders})</source>
        <translation>片段数 ({coders})</translation>
    </message>
    <message>
        <source>Segments per coder</source>
        <translation>各编码员片段数</translation>
    </message>
    <message>
        <source>Each coder&apos;s number of segments ({coders})</source>
        <translation>每位编码员的片段数（{coders}）</translation>
    </message>
    <message>
        <source>there is nothing to compare</source>
        <translation>没有可比较的内容</translation>
    </message>
    <message>
        <source>Undefined: {reason}</source>
        <translation>无定义：{reason}</translation>
    </message>
</context>
<context>
    <name>BoxPlot</name>
    <message>
        <source>Choose “Group by” to compare groups.</source>
        <translation>请选择“分组依据”以比较各组。</translation>
    </message>
    <message>
        <source>{group}: %n value; min {min}, median {median}, max {max}</source>
        <translation>{group}：%n 个值；最小 {min}，中位数 {median}，最大 {max}</translation>
    </message>
    <message>
        <source>{group}: %n values; min {min}, median {median}, max {max}</source>
        <translation>{group}：%n 个值；最小 {min}，中位数 {median}，最大 {max}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show for these filters.</source>
        <translation>在这些筛选条件下没有可显示的内容。</translation>
    </message>
    <message>
        <source>SVG export needs QtSvg, which this installation lacks; save as PNG</source>
        <translation>SVG 导出需要 QtSvg，但本安装中没有；请保存为 PNG</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>cannot draw the chart as PNG</source>
        <translation>无法将图表绘制为 PNG</translation>
    </message>
    <message>
        <source>the chart came out empty</source>
        <translation>图表为空</translation>
    </message>
</context>
<context>
    <name>CheckTree</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Check every item the filter shows</source>
        <translation>勾选筛选后显示的所有项目</translation>
    </message>
    <message>
        <source>Uncheck every item the filter shows</source>
        <translation>取消勾选筛选后显示的所有项目</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Coder {letter}</source>
        <translation>编码员 {letter}</translation>
    </message>
    <message>
        <source>Accept {letter}&apos;s version</source>
        <translation>采纳 {letter} 的版本</translation>
    </message>
    <message>
        <source>Neither  (N)</source>
        <translation>都不采纳  (N)</translation>
    </message>
    <message>
        <source>The consensus layer gets neither version: the code leaves the passage</source>
        <translation>共识层不采纳任何版本：该片段将不再带有此代码</translation>
    </message>
    <message>
        <source>Skip  (S)</source>
        <translation>跳过  (S)</translation>
    </message>
    <message>
        <source>Leave this one undecided and go to the next</source>
        <translation>暂不决定此项，转到下一项</translation>
    </message>
    <message>
        <source>{coder}&apos;s version</source>
        <translation>{coder} 的版本</translation>
    </message>
    <message>
        <source>Accept {coder}&apos;s version  ({key})</source>
        <translation>采纳 {coder} 的版本  ({key})</translation>
    </message>
    <message>
        <source>Select a passage to see both versions.</source>
        <translation>选择一个片段以查看两个版本。</translation>
    </message>
    <message>
        <source>{code} in {document}: {coders} coded 1 character {others} did not: {quote}</source>
        <translation>{document} 中的 {code}：{coders} 编码了而 {others} 未编码的 1 个字符：{quote}</translation>
    </message>
    <message>
        <source>{code} in {document}: {coders} coded {n} characters {others} did not: {quote}</source>
        <translation>{document} 中的 {code}：{coders} 编码了而 {others} 未编码的 {n} 个字符：{quote}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>The project has no document attributes (Edit → Document attributes…)</source>
        <translation>项目中没有文档属性（编辑 → 文档属性…）</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Differing text</source>
        <translation>不同的文本</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Not coded by</source>
        <translation>未编码者</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>boundary only (agreement)</source>
        <translation>仅边界不同（视为一致）</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>partly coded</source>
        <translation>部分编码</translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>未编码</translation>
    </message>
    <message>
        <source>(%n character)</source>
        <translation>（%n 个字符）</translation>
    </message>
    <message>
        <source>(%n characters)</source>
        <translation>（%n 个字符）</translation>
    </message>
</context>
<context>
    <name>DisagreementsDialog</name>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>&amp;Find disagreements</source>
        <translation>查找分歧(&amp;F)</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>A difference at the edge of a passage both coders coded, shorter than this, counts as agreement for the review (0: none)</source>
        <translation>两位编码员都编码的片段边缘处的差异若短于此值，审阅时视为一致（0：不适用）</translation>
    </message>
    <message>
        <source>Show boundary-&amp;only</source>
        <translation>显示仅边界不同的项(&amp;O)</translation>
    </message>
    <message>
        <source>Colour the text by coder</source>
        <translation>按编码员为文本着色</translation>
    </message>
    <message>
        <source>Coder &amp;A:</source>
        <translation>编码员 &amp;A：</translation>
    </message>
    <message>
        <source>Coder &amp;B:</source>
        <translation>编码员 &amp;B：</translation>
    </message>
    <message>
        <source>Boundary differences under:</source>
        <translation>边界差异小于：</translation>
    </message>
    <message>
        <source>1 or A takes A&apos;s version, 2 or B takes B&apos;s, N neither, S skips; each decision goes to the coder “consensus”, moves to the next one and is one step: Ctrl+Z undoes it.</source>
        <translation>按 1 或 A 采纳 A 的版本，按 2 或 B 采纳 B 的版本，N 为都不采纳，S 为跳过；每项决定都写入编码员“consensus”，并转到下一项，且为一步操作：按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Veiled passages stay veiled: Space or a click reveals the current one.</source>
        <translation>已遮盖的片段保持遮盖：按 Space 或单击可显示当前片段。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Passages where both coders applied the code but gave different values</source>
        <translation>两位编码员都使用了该代码但给出不同值的片段</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>请选择两名不同的编码员。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>No disagreements.</source>
        <translation>没有分歧。</translation>
    </message>
    <message>
        <source>{left} of {total} left where {a} and {b} differ</source>
        <translation>{a} 与 {b} 的 {total} 处分歧中还剩 {left} 处</translation>
    </message>
    <message>
        <source>All {total} decided where {a} and {b} differ</source>
        <translation>{a} 与 {b} 的 {total} 处分歧已全部决定</translation>
    </message>
    <message>
        <source>{n} boundary-only (agreement)</source>
        <translation>{n} 处仅边界不同（视为一致）</translation>
    </message>
    <message>
        <source>Codes ({n} left)</source>
        <translation>代码（剩 {n} 处）</translation>
    </message>
    <message>
        <source>Codes ({n})</source>
        <translation>代码 ({n})</translation>
    </message>
    <message>
        <source>Comparing values…</source>
        <translation>正在比较值…</translation>
    </message>
    <message>
        <source>Value disagreements</source>
        <translation>值分歧</translation>
    </message>
    <message>
        <source>Values ({n})</source>
        <translation>值 ({n})</translation>
    </message>
    <message>
        <source>Values could not be compared: {message}</source>
        <translation>无法比较值：{message}</translation>
    </message>
    <message>
        <source>No undecided disagreement is left in this list.</source>
        <translation>此列表中已没有未决定的分歧。</translation>
    </message>
    <message>
        <source>This list belongs to a project that is no longer open for writing.</source>
        <translation>此列表所属的项目已不再以可写方式打开。</translation>
    </message>
    <message>
        <source>{coder}&apos;s version</source>
        <translation>{coder} 的版本</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>都不采纳</translation>
    </message>
    <message>
        <source>Accepted {coder}&apos;s version into the consensus layer (Ctrl+Z undoes it); {n} left.</source>
        <translation>已将 {coder} 的版本采纳到共识层（按 Ctrl+Z 撤销）；还剩 {n} 处。</translation>
    </message>
    <message>
        <source>Accepted {coder}&apos;s version into the consensus layer (Ctrl+Z undoes it); none left in this list.</source>
        <translation>已将 {coder} 的版本采纳到共识层（按 Ctrl+Z 撤销）；此列表中已无剩余。</translation>
    </message>
    <message>
        <source>Accepted neither version into the consensus layer (Ctrl+Z undoes it); {n} left.</source>
        <translation>共识层未采纳任何版本（按 Ctrl+Z 撤销）；还剩 {n} 处。</translation>
    </message>
    <message>
        <source>Accepted neither version into the consensus layer (Ctrl+Z undoes it); none left in this list.</source>
        <translation>共识层未采纳任何版本（按 Ctrl+Z 撤销）；此列表中已无剩余。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV — one row per coded passage</source>
        <translation>CSV — 每个编码片段一行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook — codings, codebook, documents, frequencies</source>
        <translation>Excel 工作簿 — 编码、代码本、文档、频次</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Document × code matrix for R, SPSS, Stata</source>
        <translation>用于 R、SPSS、Stata 的文档 × 代码矩阵</translation>
    </message>
    <message>
        <source>Case table (CTDC / HTCDS shape)</source>
        <translation>个案表（CTDC / HTCDS 格式）</translation>
    </message>
    <message>
        <source>JSON (documented schema)</source>
        <translation>JSON（有文档说明的模式）</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>HTML report (opens offline, prints well)</source>
        <translation>HTML 报告（可离线打开，便于打印）</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>REFI-QDA project for NVivo, ATLAS.ti, MAXQDA</source>
        <translation>用于 NVivo、ATLAS.ti、MAXQDA 的 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA codebook only</source>
        <translation>仅 REFI-QDA 代码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 代码本 (*.qdc)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Veil</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Export coded data</source>
        <translation>导出编码数据</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Apply the pseudonym list ({n} entries)</source>
        <translation>应用假名列表（{n} 项）</translation>
    </message>
    <message>
        <source>Replace names, places and other identifiers in every exported text and name (coders become Coder 1, 2…); the project is unchanged.</source>
        <translation>替换所有导出文本和名称中的人名、地名及其他身份信息（编码员变为 Coder 1、2…）；项目本身不变。</translation>
    </message>
    <message>
        <source>Apply the pseudonym list (the project has none yet)</source>
        <translation>应用假名列表（项目中尚无假名列表）</translation>
    </message>
    <message>
        <source>Drop all text — spans, codes and attributes only</source>
        <translation>去除所有文本 — 仅保留范围、代码和属性</translation>
    </message>
    <message>
        <source>With &amp;translation: each passage&apos;s aligned passage</source>
        <translation>附带译文(&amp;T)：每个片段的对齐片段</translation>
    </message>
    <message>
        <source>CSV, XLSX and JSON: the linked original or translation beside each coded passage</source>
        <translation>CSV、XLSX 和 JSON：在每个已编码片段旁附上关联的原文或译文</translation>
    </message>
    <message>
        <source>Canonical names (English)</source>
        <translation>规范名称（英文）</translation>
    </message>
    <message>
        <source>Name and define codes by their labels in this language where they have one; GUIDs stay, and a code without a label keeps its canonical name.</source>
        <translation>有该语言标签的代码以标签命名和定义；GUID 不变，没有标签的代码保留规范名称。</translation>
    </message>
    <message>
        <source>Code &amp;names in:</source>
        <translation>代码名称语言(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>筛选编码员…</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>筛选代码…</translation>
    </message>
    <message>
        <source>Include the sub-codes of checked codes</source>
        <translation>包含所勾选代码的子代码</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>筛选文档…</translation>
    </message>
    <message>
        <source>Which codings (everything is checked: no filter)</source>
        <translation>导出哪些编码（全部勾选：不筛选）</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Passages with content warnings</source>
        <translation>带有内容警告的片段</translation>
    </message>
    <message>
        <source>Veil: the passage&apos;s words become “[veiled: warning — code]”, its coding stays. Leave out: the coding is not exported and its words are veiled in the texts.</source>
        <translation>遮盖：片段的文字变为“[veiled: 警告 — 代码]”，编码保留。排除：不导出该编码，并在文本中遮盖其文字。</translation>
    </message>
    <message>
        <source>Passages with the warning {warning}</source>
        <translation>带有警告“{warning}”的片段</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>This project is encrypted, but the exported file will NOT be. Keep it on an encrypted disk, or export with the pseudonym list or without text.</source>
        <translation>本项目已加密，但导出的文件不会加密。请将其保存在加密磁盘上，或使用假名列表、或不含文本导出。</translation>
    </message>
    <message>
        <source>A REFI-QDA project must carry its texts: apply the pseudonym list instead.</source>
        <translation>REFI-QDA 项目必须包含文本：请改用假名列表。</translation>
    </message>
    <message>
        <source>Coded passages, memos, definitions and document names are left out; the pseudonym list is applied to the code names that remain.</source>
        <translation>不导出编码片段、备忘录、定义和文档名称；对保留的代码名称应用假名列表。</translation>
    </message>
    <message>
        <source>The codebook is written whole; the filters do not apply.</source>
        <translation>完整写出代码本；筛选条件不适用。</translation>
    </message>
    <message>
        <source>REFI-QDA carries the full text for the other program (pseudonymised when asked). The codebook is always complete; filters select which codings go out.</source>
        <translation>REFI-QDA 为其他程序包含全文（如有要求则假名化）。代码本始终完整；筛选条件决定导出哪些编码。</translation>
    </message>
    <message>
        <source>One row per document: 0/1 and count sheets per code.</source>
        <translation>每个文档一行：每个代码的 0/1 工作表和计数工作表。</translation>
    </message>
    <message>
        <source>One row per testimony, flags derived from the codebook&apos;s export mappings.</source>
        <translation>每份证词一行，标志取自代码本的导出映射。</translation>
    </message>
    <message>
        <source>One row per coding, document attributes as columns.</source>
        <translation>每条编码一行，文档属性作为列。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>Wrote {path} ({summary}).</source>
        <translation>已写入 {path}（{summary}）。</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
        <source>%n row, one per victim case</source>
        <translation>%n 行，每个受害者个案一行</translation>
    </message>
    <message>
        <source>%n rows, one per victim case</source>
        <translation>%n 行，每个受害者个案一行</translation>
    </message>
    <message>
        <source>%n row, one per document taken as a case</source>
        <translation>%n 行，每个视为个案的文档一行</translation>
    </message>
    <message>
        <source>%n rows, one per document taken as a case</source>
        <translation>%n 行，每个视为个案的文档一行</translation>
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
        <source>%n coding</source>
        <translation>%n 条编码</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>%n 条编码</translation>
    </message>
    <message>
        <source>{documents} ({codings})</source>
        <translation>{documents}（{codings}）</translation>
    </message>
    <message>
        <source>{codings} in {documents}</source>
        <translation>{documents}中的 {codings}</translation>
    </message>
    <message>
        <source>{summary}, pseudonymised</source>
        <translation>{summary}，已假名化</translation>
    </message>
    <message>
        <source>{summary}, without text</source>
        <translation>{summary}，不含文本</translation>
    </message>
    <message>
        <source>%n passage veiled</source>
        <translation>已遮盖 %n 个片段</translation>
    </message>
    <message>
        <source>%n passages veiled</source>
        <translation>已遮盖 %n 个片段</translation>
    </message>
    <message>
        <source>{summary}, {veiled}</source>
        <translation>{summary}，{veiled}</translation>
    </message>
    <message>
        <source>%n warned passage left out</source>
        <translation>已排除 %n 个带警告的片段</translation>
    </message>
    <message>
        <source>%n warned passages left out</source>
        <translation>已排除 %n 个带警告的片段</translation>
    </message>
    <message>
        <source>{summary}, {omitted}</source>
        <translation>{summary}，{omitted}</translation>
    </message>
</context>
<context>
    <name>ExposureDialog</name>
    <message>
        <source>in their package</source>
        <translation>在其工作包中</translation>
    </message>
    <message>
        <source>opened (recorded with their consent)</source>
        <translation>已打开（经本人同意记录）</translation>
    </message>
    <message>
        <source>coded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>Exposure to content warnings</source>
        <translation>内容警告接触情况</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Content warning</source>
        <translation>内容警告</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Coders and the content warnings they read</source>
        <translation>编码员及其读过的内容警告</translation>
    </message>
    <message>
        <source>From the coder packages beside the project, from warned documents a coder opened (recorded only for coders who chose so), and from warned documents and codes they coded. Reading time, pauses and revealed passages are never recorded.</source>
        <translation>来自项目旁边的编码员工作包、编码员打开过的带警告文档（仅在其本人选择时记录），以及其编码过的带警告文档和代码。阅读时长、停顿和展开查看的片段从不记录。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Rate tables (*.csv);;All files (*)</source>
        <translation>汇率表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Click a minimum, median or maximum to open its passage; select a row to list every value behind it, and click a quote to open that passage. Money is counted per currency.</source>
        <translation>点击最小值、中位数或最大值可打开其片段；选择一行可列出其背后的所有值，点击引文可打开该片段。金额按币种分别统计。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Rate table…</source>
        <translation>汇率表…</translation>
    </message>
    <message>
        <source>Convert money with your own table (CSV: from,to,rate); converted rows are marked and the per-currency rows stay</source>
        <translation>使用自己的汇率表换算金额（CSV：from,to,rate）；换算后的行会加以标记，按币种的行仍保留</translation>
    </message>
    <message>
        <source>Stop converting</source>
        <translation>停止换算</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>编码员(&amp;O)：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Passages behind the figure</source>
        <translation>数值背后的片段</translation>
    </message>
    <message>
        <source>Click a quote to open its passage in the main window</source>
        <translation>点击引文可在主窗口中打开其片段</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>按组</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>PNG or SVG, white background, for a report or a paper</source>
        <translation>PNG 或 SVG，白色背景，适用于报告或论文</translation>
    </message>
    <message>
        <source>All codes with values</source>
        <translation>所有带值的代码</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Attribute: {name}</source>
        <translation>属性：{name}</translation>
    </message>
    <message>
        <source>Code: {path}</source>
        <translation>代码：{path}</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码员</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>所有字段</translation>
    </message>
    <message>
        <source>Rate table</source>
        <translation>汇率表</translation>
    </message>
    <message>
        <source>Rates: {file}</source>
        <translation>汇率：{file}</translation>
    </message>
    <message>
        <source>Counting values…</source>
        <translation>正在统计值…</translation>
    </message>
    <message>
        <source>No values yet for these choices. Values are entered when a code with value fields is applied (Code → Value fields… declares them).</source>
        <translation>这些选项下尚无值。值在使用带值字段的代码时录入（在“代码 → 值字段…”中定义）。</translation>
    </message>
    <message>
        <source>{figures} from {passages} in {documents}.</source>
        <translation>来自 {documents}中 {passages}的 {figures}。</translation>
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
        <source>%n coded passage</source>
        <translation>%n 个编码片段</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation>%n 个编码片段</translation>
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
        <source>%n value</source>
        <translation>%n 个值</translation>
    </message>
    <message>
        <source>%n values</source>
        <translation>%n 个值</translation>
    </message>
    <message>
        <source>{figure}: {values}</source>
        <translation>{figure}：{values}</translation>
    </message>
    <message>
        <source>{figure}: how often each value occurs</source>
        <translation>{figure}：各值出现的次数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{figure} by {group}</source>
        <translation>按 {group} 分组的 {figure}</translation>
    </message>
    <message>
        <source>These facts belong to a project that is no longer open.</source>
        <translation>这些事实所属的项目已不再打开。</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>已将图表保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值数量</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段数</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Click to open the passage this figure comes from</source>
        <translation>点击可打开此数值所来自的片段</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Click to open the passage:
{veiled}
{document}, {coder}</source>
        <translation>单击打开该片段：
{veiled}
{document}，{coder}</translation>
    </message>
    <message>
        <source>Click to open the passage:
“{quote}”
{document}, {coder}</source>
        <translation>点击打开片段：
“{quote}”
{document}，{coder}</translation>
    </message>
    <message>
        <source>Select the row to list every passage behind this count</source>
        <translation>选择该行可列出此计数背后的所有片段</translation>
    </message>
    <message>
        <source>The passages behind the values: two coders&apos; values on one passage are one statement</source>
        <translation>值背后的片段：两位编码员在同一片段上的值算作一项陈述</translation>
    </message>
    <message>
        <source>Grouped by {group}</source>
        <translation>按 {group} 分组</translation>
    </message>
    <message>
        <source>Converted with your rate table from {file}; {n} value(s) had no rate and are left out</source>
        <translation>已使用 {file} 中的汇率表换算；{n} 个值没有汇率，已排除</translation>
    </message>
    <message>
        <source>Converted with your rate table; {n} value(s) had no rate and are left out</source>
        <translation>已使用你的汇率表换算；{n} 个值没有汇率，已排除</translation>
    </message>
    <message>
        <source>link: opens the passage</source>
        <translation>链接：打开片段</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>{code}: {n} codings</source>
        <translation>{code}：{n} 条编码</translation>
    </message>
    <message>
        <source>{a} × {b}: {n} overlapping pairs</source>
        <translation>{a} × {b}：{n} 对重叠</translation>
    </message>
    <message>
        <source>a code with itself (codings)</source>
        <translation>代码与自身（编码数）</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>Select a figure with an order (money, age, date, duration, count).</source>
        <translation>请选择有顺序的数值（金额、年龄、日期、时长、计数）。</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Into {project} (the open project):</source>
        <translation>合并到 {project}（当前打开的项目）：</translation>
    </message>
    <message>
        <source>Coder packages found beside the project, and files you add; the ticked ones are merged:</source>
        <translation>在项目旁找到的编码员工作包及你添加的文件；勾选的将被合并：</translation>
    </message>
    <message>
        <source>Coders&apos; copies or packages (.sqlite). Documents are matched by their text, codes and coders by identity; nothing is doubled, and merging a file twice changes nothing. A backup of the project is kept, and the whole merge is one step: if it fails or you cancel, the project is unchanged.</source>
        <translation>编码员的副本或工作包（.sqlite）。文档按文本匹配，代码和编码员按标识匹配；不会产生重复，同一文件合并两次也不会有变化。会保留项目备份，整个合并为一步：若失败或取消，项目保持不变。</translation>
    </message>
    <message>
        <source>no new codings yet</source>
        <translation>尚无新编码</translation>
    </message>
    <message>
        <source>%n new coding</source>
        <translation>%n 条新编码</translation>
    </message>
    <message>
        <source>%n new codings</source>
        <translation>%n 条新编码</translation>
    </message>
    <message>
        <source>{coder} — {file} · made {when} · {work}</source>
        <translation>{coder} — {file} · 制作于 {when} · {work}</translation>
    </message>
    <message>
        <source>Projects to merge</source>
        <translation>要合并的项目</translation>
    </message>
    <message>
        <source>Undo starts anew after the merge: the 1 step you can undo now (“{last}”) can no longer be undone, because undoing it over merged data could remove the coders&apos; merged codings or memos with it. The merge itself can be undone by restoring the backup it keeps ({backup}).</source>
        <translation>合并后撤销记录将重新开始：现在可撤销的那一步（“{last}”）将无法再撤销，因为在合并后的数据上撤销可能会连带删除编码员合并进来的编码或备忘录。合并本身可通过恢复其保留的备份（{backup}）来撤销。</translation>
    </message>
    <message>
        <source>Undo starts anew after the merge: the {n} steps you can undo now (the last: “{last}”) can no longer be undone, because undoing them over merged data could remove the coders&apos; merged codings or memos with them. The merge itself can be undone by restoring the backup it keeps ({backup}).</source>
        <translation>合并后撤销记录将重新开始：现在可撤销的 {n} 步（最后一步：“{last}”）将无法再撤销，因为在合并后的数据上撤销可能会连带删除编码员合并进来的编码或备忘录。合并本身可通过恢复其保留的备份（{backup}）来撤销。</translation>
    </message>
    <message>
        <source>Open the project for writing to merge into it.</source>
        <translation>要合并，请以可写方式打开项目。</translation>
    </message>
    <message>
        <source>Add the coders&apos; project files to merge.</source>
        <translation>请添加要合并的编码员项目文件。</translation>
    </message>
    <message>
        <source>The open project cannot be merged into itself.</source>
        <translation>不能将打开的项目合并到其自身。</translation>
    </message>
    <message>
        <source>Merge now?</source>
        <translation>现在合并吗？</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>Merged {files} file(s): {added} codings added.</source>
        <translation>已合并 {files} 个文件：新增 {added} 条编码。</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>合并报告</translation>
    </message>
    <message>
        <source>Merge cancelled; the project is unchanged.</source>
        <translation>已取消合并；项目未改变。</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>合并失败</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>What came in, and what differed (the project&apos;s version was kept):</source>
        <translation>合并进来的内容及不同之处（保留了项目中的版本）：</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>保存合并报告</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved the merge report as {path}.</source>
        <translation>已将合并报告保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Make a coder package</source>
        <translation>制作编码员工作包</translation>
    </message>
    <message>
        <source>The coder&apos;s name, e.g. mina</source>
        <translation>编码员姓名，例如 mina</translation>
    </message>
    <message>
        <source>&lt;coder&gt;</source>
        <translation>&lt;编码员&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Only a random sample of</source>
        <translation>仅随机抽样</translation>
    </message>
    <message>
        <source> of {n} documents</source>
        <translation> / 共 {n} 个文档</translation>
    </message>
    <message>
        <source>The same seed picks the same documents again (give both coders the same one).</source>
        <translation>相同的种子会再次选出相同的文档（请给两位编码员同一个种子）。</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Leave out documents with: {warning}</source>
        <translation>排除带有此警告的文档：{warning}</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>编码员(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <source>Leave out documents with:</source>
        <translation>排除带有以下警告的文档：</translation>
    </message>
    <message>
        <source>Make package</source>
        <translation>制作工作包</translation>
    </message>
    <message>
        <source>The package holds the documents, the whole codebook, document memos and attributes, and only this coder&apos;s own codings. Send it; merge it back with File → Merge projects.</source>
        <translation>工作包包含文档、完整的代码本、文档备忘录和属性，以及该编码员自己的编码。发送给对方；之后用“文件 → 合并项目”合并回来。</translation>
    </message>
    <message>
        <source>%n of {total} documents left out.</source>
        <translation>{total} 个文档中排除 %n 个。</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>工作包另存为</translation>
    </message>
    <message>
        <source>Name the coder the package is for.</source>
        <translation>请填写工作包对应的编码员姓名。</translation>
    </message>
    <message>
        <source>Choose the package file.</source>
        <translation>请选择工作包文件。</translation>
    </message>
    <message>
        <source>Coder package</source>
        <translation>编码员工作包</translation>
    </message>
    <message>
        <source>Writing the package for {coder}…</source>
        <translation>正在为 {coder} 写入工作包…</translation>
    </message>
    <message numerus="yes">
        <source>Left out for its content warnings: %n document.</source>
        <translation>
            <numerusform>因内容警告排除的文档：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out for their content warnings: %n documents.</source>
        <translation>因内容警告排除的文档：%n 个。</translation>
    </message>
    <message>
        <source>Wrote {path} for {coder}: {documents} documents, {codes} codes, {codings} of their own codings.</source>
        <translation>已为 {coder} 写入 {path}：{documents} 个文档，{codes} 个代码，{codings} 条其本人的编码。</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>converted from {value}</source>
        <translation>由 {value} 换算</translation>
    </message>
    <message>
        <source>{quote}

Click to open the passage</source>
        <translation>{quote}

点击打开片段</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>Codings per code (the {n} most used of {total})</source>
        <translation>每个代码的编码数（{total} 个中最常用的 {n} 个）</translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>每个代码的编码数</translation>
    </message>
    <message>
        <source>Co-occurrence by overlapping passages (the {n} most used of {total} codes)</source>
        <translation>按重叠片段的共现（{total} 个代码中最常用的 {n} 个）</translation>
    </message>
    <message>
        <source>Co-occurrence by overlapping passages</source>
        <translation>按重叠片段的共现</translation>
    </message>
    <message>
        <source>Co-occurrence by shared documents (the {n} most used of {total} codes)</source>
        <translation>按共同文档的共现（{total} 个代码中最常用的 {n} 个）</translation>
    </message>
    <message>
        <source>Co-occurrence by shared documents</source>
        <translation>按共同文档的共现</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Retrieval and reports</source>
        <translation>检索与报告</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>筛选代码…</translation>
    </message>
    <message>
        <source>A checked code includes its sub-codes</source>
        <translation>勾选的代码包含其子代码</translation>
    </message>
    <message>
        <source>Filter coders…</source>
        <translation>筛选编码员…</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>筛选文档…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Only documents whose attributes match</source>
        <translation>仅属性匹配的文档</translation>
    </message>
    <message>
        <source>Set filters and press Update.</source>
        <translation>请设置筛选条件，然后点击“更新”。</translation>
    </message>
    <message>
        <source>Double-click a segment to open it in the main window</source>
        <translation>双击片段可在主窗口中打开</translation>
    </message>
    <message>
        <source>per coder</source>
        <translation>按编码员</translation>
    </message>
    <message>
        <source>per document</source>
        <translation>按文档</translation>
    </message>
    <message>
        <source>in the same passage (overlapping codings)</source>
        <translation>在同一片段中（重叠的编码）</translation>
    </message>
    <message>
        <source>in the same document</source>
        <translation>在同一文档中</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Codings per code:</source>
        <translation>每个代码的编码数：</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Codes occurring together:</source>
        <translation>同时出现的代码：</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>共现</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>PNG or SVG, white background, for a report or a paper</source>
        <translation>PNG 或 SVG，白色背景，适用于报告或论文</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>{code}: {n} documents</source>
        <translation>{code}：{n} 个文档</translation>
    </message>
    <message>
        <source>{a} × {b}: {n} documents with both</source>
        <translation>{a} × {b}：{n} 个文档同时包含两者</translation>
    </message>
    <message>
        <source>a code with itself (documents)</source>
        <translation>代码与自身（文档数）</translation>
    </message>
    <message>
        <source>{n} coded segments in {documents} documents in documents where {conditions}.</source>
        <translation>在满足 {conditions} 的文档中，{documents} 个文档内有 {n} 个编码片段。</translation>
    </message>
    <message>
        <source>{n} coded segments in {documents} documents.</source>
        <translation>{documents} 个文档中有 {n} 个编码片段。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Segments ({n})</source>
        <translation>片段 ({n})</translation>
    </message>
    <message>
        <source>Saved the chart as {path}.</source>
        <translation>已将图表保存为 {path}。</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>All codes</source>
        <translation>所有代码</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>Filter by document, code, coder or words…</source>
        <translation>按文档、代码、编码员或词语筛选…</translation>
    </message>
    <message>
        <source>Choose two coders and press Find.</source>
        <translation>请选择两名编码员，然后点击“查找”。</translation>
    </message>
</context>
<context>
    <name>SegmentsTableModel</name>
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
        <source>Span</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>retrieving segments</source>
        <translation>检索片段</translation>
    </message>
    <message>
        <source>counting codes</source>
        <translation>统计代码</translation>
    </message>
    <message>
        <source>counting co-occurrences</source>
        <translation>统计共现</translation>
    </message>
    <message>
        <source>counting values</source>
        <translation>统计值</translation>
    </message>
    <message>
        <source>merging each coder&apos;s codings</source>
        <translation>合并各编码员的编码</translation>
    </message>
    <message>
        <source>counting characters</source>
        <translation>统计字符</translation>
    </message>
    <message>
        <source>matching segments</source>
        <translation>匹配片段</translation>
    </message>
    <message>
        <source>computing coefficients</source>
        <translation>计算系数</translation>
    </message>
    <message>
        <source>listing passages</source>
        <translation>列出片段</translation>
    </message>
    <message>
        <source>comparing typed values</source>
        <translation>比较录入的值</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Building the case rows</source>
        <translation>生成个案行</translation>
    </message>
    <message>
        <source>Writing cases</source>
        <translation>写入个案</translation>
    </message>
    <message>
        <source>Writing codings</source>
        <translation>写入编码</translation>
    </message>
    <message>
        <source>Writing the matrix</source>
        <translation>写入矩阵</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>写入报告</translation>
    </message>
    <message>
        <source>reading {coder}&apos;s codings</source>
        <translation>读取 {coder} 的编码</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>读取 {file}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>此项目以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>ValueDisagreementModel</name>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>{coder}&apos;s value</source>
        <translation>{coder} 的值</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>values count as the same within {tolerance}</source>
        <translation>{tolerance} 以内的值视为相同</translation>
    </message>
</context>
<context>
    <name>ValueDisagreementsPage</name>
    <message>
        <source>Choose two coders and press Find.</source>
        <translation>请选择两名编码员，然后点击“查找”。</translation>
    </message>
    <message>
        <source>Value disagreements</source>
        <translation>值分歧</translation>
    </message>
    <message>
        <source>1 passage where {a} and {b} applied the same code but gave different values (numbers count as the same within a tolerance, e.g. {tolerance}).</source>
        <translation>{a} 与 {b} 使用了相同代码但给出不同值的片段 1 个（数字在容差范围内视为相同，例如 {tolerance}）。</translation>
    </message>
    <message>
        <source>{n} passages where {a} and {b} applied the same code but gave different values (numbers count as the same within a tolerance, e.g. {tolerance}).</source>
        <translation>{a} 与 {b} 使用了相同代码但给出不同值的片段 {n} 个（数字在容差范围内视为相同，例如 {tolerance}）。</translation>
    </message>
    <message>
        <source>{n} passages where {a} and {b} gave different values.</source>
        <translation>{a} 与 {b} 给出不同值的片段 {n} 个。</translation>
    </message>
    <message>
        <source>{a} and {b} agree on every value of the passages they both coded.</source>
        <translation>{a} 与 {b} 在双方都编码的片段上所有值都一致。</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{unit} (converted)</source>
        <translation>{unit}（已换算）</translation>
    </message>
    <message>
        <source>, … {n} more</source>
        <translation>，… 另有 {n} 个</translation>
    </message>
</context>
<context>
    <name>save_chart</name>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>version_html</name>
    <message>
        <source>[… {n} characters both coded …]</source>
        <translation>[… 双方都编码的 {n} 个字符 …]</translation>
    </message>
    <message>
        <source>{coder} did not apply this code here.</source>
        <translation>{coder} 未在此处使用此代码。</translation>
    </message>
    <message>
        <source>Accepting this version leaves the passage without the code in the consensus layer.</source>
        <translation>采纳此版本后，共识层中该片段将不带此代码。</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>标记部分</translation>
    </message>
    <message>
        <source>{marked}: {characters} {coder} included and {other} did not</source>
        <translation>{marked}：{coder} 包含而 {other} 未包含的 {characters}</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>删除线部分</translation>
    </message>
    <message>
        <source>{struck}: {characters} {other} included and {coder} did not</source>
        <translation>{struck}：{other} 包含而 {coder} 未包含的 {characters}</translation>
    </message>
    <message>
        <source>{notes}.</source>
        <translation>{notes}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个字符</translation>
    </message>
    <message>
        <source>Press Space or click here to reveal both versions; 1, 2, N and S decide without revealing.</source>
        <translation>按 Space 或单击此处可显示两个版本；1、2、N 和 S 无需显示即可决定。</translation>
    </message>
</context>
</TS>
