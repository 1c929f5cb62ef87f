<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreAgreement</name>
    <message>
        <source>±5% (same currency and per unit)</source>
        <translation>±5%（相同货币和计价单位）</translation>
    </message>
    <message>
        <source>±1 year</source>
        <translation>±1年</translation>
    </message>
    <message>
        <source>same month</source>
        <translation>同月</translation>
    </message>
    <message>
        <source>±10%</source>
        <translation>±10%</translation>
    </message>
    <message>
        <source>exact (ignoring case and spacing)</source>
        <translation>完全一致（忽略大小写和空格）</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>同一地点</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>完全一致</translation>
    </message>
    <message>
        <source>no variation: no coder applied it in these documents (agreement would be a vacuous 100%, every character left uncoded by everyone); it is left out of overall</source>
        <translation>没有变异：在这些文档中没有编码员使用该代码（一致性会是空洞的 100%，每个字符都无人编码）；它不计入总体</translation>
    </message>
    <message>
        <source>no variation: every coder coded every character</source>
        <translation>没有变异：每位编码员都编码了每个字符</translation>
    </message>
    <message>
        <source>cohen_kappa is defined for two coders only; with {n} coders see fleiss_kappa, krippendorff_alpha (multi-coder) and the pairwise figures in pairs</source>
        <translation>cohen_kappa 仅适用于两位编码员；{n} 位编码员时请看 fleiss_kappa、krippendorff_alpha（多编码员）以及 pairs 中的两两数值</translation>
    </message>
    <message>
        <source>the sub-corpus is empty: there is no document that every chosen coder coded</source>
        <translation>子语料库为空：没有一份文档是所有选定编码员都编码过的</translation>
    </message>
    <message>
        <source>the sub-corpus is empty: none of these coders applied a code to any document</source>
        <translation>子语料库为空：这些编码员没有在任何文档中使用代码</translation>
    </message>
    <message>
        <source>no code to compare: these coders applied no code in these documents</source>
        <translation>没有可比较的代码：这些编码员在这些文档中没有使用任何代码</translation>
    </message>
    <message>
        <source>the documents of the sub-corpus have no text to compare</source>
        <translation>子语料库的文档中没有可比较的文本</translation>
    </message>
    <message>
        <source>no chosen coder applied any of these codes in these documents: every statistic is undefined</source>
        <translation>选定的编码员都没有在这些文档中使用这些代码：所有统计量都无定义</translation>
    </message>
    <message>
        <source>percent_agreement, {kappa}, krippendorff_alpha, unitized_alpha and segment_agreement are undefined for code {code}: {reason}</source>
        <translation>代码 {code} 的 percent_agreement、{kappa}、krippendorff_alpha、unitized_alpha 和 segment_agreement 无定义：{reason}</translation>
    </message>
    <message>
        <source>{kappa}, krippendorff_alpha and unitized_alpha are undefined for code {code}: {reason}</source>
        <translation>代码 {code} 的 {kappa}、krippendorff_alpha 和 unitized_alpha 无定义：{reason}</translation>
    </message>
    <message>
        <source>for code {code} every statistic of the pairs {pairs} is undefined: neither coder of the pair applied it</source>
        <translation>代码 {code} 中编码员对 {pairs} 的所有统计量无定义：这一对编码员都没有使用该代码</translation>
    </message>
    <message>
        <source>overall: the pairs {pairs} applied none of these codes; their rows are undefined</source>
        <translation>总体：编码员对 {pairs} 没有使用这些代码中的任何一个；它们的行无定义</translation>
    </message>
    <message>
        <source>%n document(s) where no coder applied any of the compared codes (every statistic is undefined there): {documents}</source>
        <translation>%n 份文档中没有编码员使用所比较的任何代码（这些文档的所有统计量无定义）：{documents}</translation>
    </message>
    <message>
        <source>%n document(s) where every coder coded every character with every compared code (kappa and alpha undefined there): {documents}</source>
        <translation>%n 份文档中每位编码员都用所比较的每个代码编码了每个字符（这些文档的 kappa 和 alpha 无定义）：{documents}</translation>
    </message>
    <message>
        <source>%n listed code nobody applied is left out of overall and of the per-document rows (each would only add characters everyone left uncoded): {codes}</source>
        <translation>%n 个无人使用的所列代码不计入总体和各文档行（它们只会增加所有人都未编码的字符）：{codes}</translation>
    </message>
    <message>
        <source>%n listed codes nobody applied are left out of overall and of the per-document rows (each would only add characters everyone left uncoded): {codes}</source>
        <translation>%n 个无人使用的所列代码不计入总体和各文档行（它们只会增加所有人都未编码的字符）：{codes}</translation>
    </message>
</context>
<context>
    <name>CoreAnalysis</name>
    <message>
        <source>no coder named {name!r} in this project</source>
        <translation>此项目中没有名为 {name!r} 的编码员</translation>
    </message>
    <message>
        <source>{name!r} and {name2!r} are the same coder; name each coder once</source>
        <translation>{name!r} 和 {name2!r} 是同一个编码员；每个编码员只需指定一次</translation>
    </message>
    <message>
        <source>no document with id {missing}</source>
        <translation>没有 ID 为 {missing} 的文档</translation>
    </message>
    <message>
        <source>no code {key!r} in the codebook</source>
        <translation>代码本中没有代码 {key!r}</translation>
    </message>
    <message>
        <source>agreement cancelled</source>
        <translation>编码员间一致性计算已取消</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>编码员间一致性至少需要两名编码员</translation>
    </message>
    <message>
        <source>each coder may be named only once</source>
        <translation>每个编码员只能指定一次</translation>
    </message>
    <message>
        <source>at most 62 coders can be compared at once</source>
        <translation>一次最多可比较 62 名编码员</translation>
    </message>
    <message>
        <source>the sub-corpus must be one of {choices}, not {subcorpus!r}</source>
        <translation>子语料必须是 {choices} 之一，而不是 {subcorpus!r}</translation>
    </message>
    <message>
        <source>choose the documents either by name or by a sub-corpus rule, not both</source>
        <translation>请按名称或按子语料规则选择文档，不能同时使用两者</translation>
    </message>
    <message>
        <source>the overlap threshold must be above 0 and at most 1, not {threshold}</source>
        <translation>重叠阈值必须大于 0 且不超过 1，而不是 {threshold}</translation>
    </message>
    <message>
        <source>no code has a value field named {field!r}</source>
        <translation>没有代码具有名为 {field!r} 的值字段</translation>
    </message>
    <message>
        <source>{path} (and its sub-codes) has no value field {field!r}; it is a field of {owners}</source>
        <translation>{path}（及其子代码）没有值字段 {field!r}；它是 {owners} 的字段</translation>
    </message>
    <message>
        <source>--by needs a document attribute name or a code path</source>
        <translation>--by 需要文档属性名称或代码路径</translation>
    </message>
    <message>
        <source>{text!r} is both a document attribute and a code: say attribute:{text} or code:{text}</source>
        <translation>{text!r} 既是文档属性又是代码：请写 attribute:{text} 或 code:{text}</translation>
    </message>
    <message>
        <source>no document attribute named {text!r}</source>
        <translation>没有名为 {text!r} 的文档属性</translation>
    </message>
    <message>
        <source>no code named {text!r}</source>
        <translation>没有名为 {text!r} 的代码</translation>
    </message>
    <message>
        <source>no document attribute or code named {text!r}</source>
        <translation>没有名为 {text!r} 的文档属性或代码</translation>
    </message>
    <message>
        <source>holds {count:,} documents; a project to merge may hold at most {limit:,}</source>
        <translation>包含 {count:,} 个文档；要合并的项目最多只能包含 {limit:,} 个</translation>
    </message>
    <message>
        <source>holds {count:,} codes; a project to merge may hold at most {limit:,}</source>
        <translation>包含 {count:,} 个代码；要合并的项目最多只能包含 {limit:,} 个</translation>
    </message>
    <message>
        <source>holds {count:,} codings; a project to merge may hold at most {limit:,}</source>
        <translation>包含 {count:,} 个编码；要合并的项目最多只能包含 {limit:,} 个</translation>
    </message>
    <message>
        <source>holds {count:,} memos; a project to merge may hold at most {limit:,}</source>
        <translation>包含 {count:,} 条备忘录；要合并的项目最多只能包含 {limit:,} 条</translation>
    </message>
    <message>
        <source>%n document added ({matched} matched)</source>
        <translation>添加了 %n 个文档（{matched} 个已匹配）</translation>
    </message>
    <message>
        <source>%n documents added ({matched} matched)</source>
        <translation>添加了 %n 个文档（{matched} 个已匹配）</translation>
    </message>
    <message>
        <source>%n code added</source>
        <translation>添加了 %n 个代码</translation>
    </message>
    <message>
        <source>%n codes added</source>
        <translation>添加了 %n 个代码</translation>
    </message>
    <message>
        <source>%n coder added</source>
        <translation>添加了 %n 名编码员</translation>
    </message>
    <message>
        <source>%n coders added</source>
        <translation>添加了 %n 名编码员</translation>
    </message>
    <message>
        <source>%n coding added ({present} already present)</source>
        <translation>添加了 %n 个编码（{present} 个已存在）</translation>
    </message>
    <message>
        <source>%n codings added ({present} already present)</source>
        <translation>添加了 %n 个编码（{present} 个已存在）</translation>
    </message>
    <message>
        <source>%n value added</source>
        <translation>添加了 %n 个值</translation>
    </message>
    <message>
        <source>%n values added</source>
        <translation>添加了 %n 个值</translation>
    </message>
    <message>
        <source>%n case added ({links} links)</source>
        <translation>添加了 %n 个个案（{links} 个链接）</translation>
    </message>
    <message>
        <source>%n cases added ({links} links)</source>
        <translation>添加了 %n 个个案（{links} 个链接）</translation>
    </message>
    <message>
        <source>%n conflict</source>
        <translation>%n 个冲突</translation>
    </message>
    <message>
        <source>%n conflicts</source>
        <translation>%n 个冲突</translation>
    </message>
    <message>
        <source>{source}: {counts}</source>
        <translation>{source}：{counts}</translation>
    </message>
    <message>
        <source>Backup of the target before merging: {path}</source>
        <translation>合并前目标项目的备份：{path}</translation>
    </message>
    <message>
        <source>Separate document (same name, different text): {name}</source>
        <translation>单独的文档（名称相同，文本不同）：{name}</translation>
    </message>
    <message>
        <source>Conflict: {conflict}</source>
        <translation>冲突：{conflict}</translation>
    </message>
    <message>
        <source>merge cancelled; the project is unchanged</source>
        <translation>合并已取消；项目未更改</translation>
    </message>
    <message>
        <source>{document} → added as {name!r} (its text differs)</source>
        <translation>{document} → 已作为 {name!r} 添加（文本不同）</translation>
    </message>
    <message>
        <source>code {path!r} has a different {language} {field} in the source; kept the target&apos;s</source>
        <translation>代码 {path!r} 在来源中的 {language} {field} 不同；保留了目标的版本</translation>
    </message>
    <message>
        <source>code {path!r} is named {name!r} in the source; kept {kept!r}</source>
        <translation>代码 {path!r} 在来源中名为 {name!r}；保留了 {kept!r}</translation>
    </message>
    <message>
        <source>code {path!r} sits at {theirs!r} in the source; kept {path!r}</source>
        <translation>代码 {path!r} 在来源中位于 {theirs!r}；保留了 {path!r}</translation>
    </message>
    <message>
        <source>code {path!r} is coloured {colour} in the source; kept {kept}</source>
        <translation>代码 {path!r} 在来源中的颜色为 {colour}；保留了 {kept}</translation>
    </message>
    <message>
        <source>code {path!r} has a different {field} in the source; kept the target&apos;s</source>
        <translation>代码 {path!r} 在来源中的 {field} 不同；保留了目标的版本</translation>
    </message>
    <message>
        <source>coding {guid} refers to a missing document, code or coder; skipped</source>
        <translation>编码 {guid} 引用了不存在的文档、代码或编码员；已跳过</translation>
    </message>
    <message>
        <source>coding {guid} lies outside its document; skipped</source>
        <translation>编码 {guid} 超出其文档范围；已跳过</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} has other options in the source; kept the target&apos;s</source>
        <translation>代码 {path!r} 的字段 {name!r} 在来源中有不同的选项；保留了目标的版本</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} is {kind} in the source but {target_kind} in the target; kept the target&apos;s field (the source&apos;s values: kept under {kept!r})</source>
        <translation>代码 {path!r} 的字段 {name!r} 在来源中为 {kind}，在目标中为 {target_kind}；保留了目标的字段（来源的值：保存在 {kept!r} 下）</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r} is {kind} in the source but {target_kind} in the target; kept the target&apos;s field (the source&apos;s values: none to keep)</source>
        <translation>代码 {path!r} 的字段 {name!r} 在来源中为 {kind}，在目标中为 {target_kind}；保留了目标的字段（来源的值：无需保留）</translation>
    </message>
    <message>
        <source>value {name!r} ({value}) of {coding} not merged: the coding has another code in the target</source>
        <translation>{coding} 的值 {name!r}（{value}）未合并：该编码在目标中属于另一个代码</translation>
    </message>
    <message>
        <source>value {name!r} of {coding} is {value} in the source; kept {kept}</source>
        <translation>{coding} 的值 {name!r} 在来源中为 {value}；保留了 {kept}</translation>
    </message>
    <message>
        <source>a {path!r} coding by {coder} in {document!r} [{start}, {end})</source>
        <translation>{coder} 在 {document!r} 中的 {path!r} 编码 [{start}, {end})</translation>
    </message>
    <message>
        <source>attribute {name!r} of {document!r} is {value!r} in the source; kept {kept!r}</source>
        <translation>{document!r} 的属性 {name!r} 在来源中为 {value!r}；保留了 {kept!r}</translation>
    </message>
    <message>
        <source>translation {name!r} is linked to another original here; its link was kept</source>
        <translation>译文 {name!r} 在此已链接到另一个原文；保留了其链接</translation>
    </message>
    <message>
        <source>the alignment of {name!r} differs; the target&apos;s was kept</source>
        <translation>{name!r} 的对齐不同；保留了目标的对齐</translation>
    </message>
    <message>
        <source>the link of translation {name!r} contradicts the target&apos;s links; skipped</source>
        <translation>译文 {name!r} 的链接与目标的链接相矛盾；已跳过</translation>
    </message>
    <message>
        <source>reading it</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>cannot be merged: {reason}</source>
        <translation>无法合并：{reason}</translation>
    </message>
    <message>
        <source>cannot be merged: {problem}</source>
        <translation>无法合并：{problem}</translation>
    </message>
    <message>
        <source>cannot be merged: its content is damaged ({reason})</source>
        <translation>无法合并：内容已损坏（{reason}）</translation>
    </message>
    <message>
        <source>cannot be merged: it changed while it was being merged</source>
        <translation>无法合并：合并过程中文件发生了变化</translation>
    </message>
    <message>
        <source>reading its package marker</source>
        <translation>读取工作包标记</translation>
    </message>
    <message>
        <source>a coder package needs the coder&apos;s name</source>
        <translation>编码员工作包需要编码员的姓名</translation>
    </message>
    <message>
        <source>no content warning named {name!r} in this project</source>
        <translation>此项目中没有名为 {name!r} 的内容警告</translation>
    </message>
    <message>
        <source>every document carries one of those warnings: the package would be empty</source>
        <translation>每个文档都带有其中某个警告：工作包将是空的</translation>
    </message>
    <message>
        <source>cannot sample {sample} of {count} documents</source>
        <translation>无法从 {count} 个文档中抽取 {sample} 个</translation>
    </message>
    <message>
        <source>unknown comparison {op!r}; use one of &lt; &lt;= &gt; &gt;= = != in</source>
        <translation>未知的比较符 {op!r}；请使用 &lt; &lt;= &gt; &gt;= = != in 之一</translation>
    </message>
    <message>
        <source>cannot read the condition {condition!r}; write e.g. &apos;age &lt; 18&apos;</source>
        <translation>无法读取条件 {condition!r}；请写成例如 &apos;age &lt; 18&apos;</translation>
    </message>
    <message>
        <source>no coder named {key!r} in the project</source>
        <translation>项目中没有名为 {key!r} 的编码员</translation>
    </message>
    <message>
        <source>no document named {key!r} in the project</source>
        <translation>项目中没有名为 {key!r} 的文档</translation>
    </message>
    <message>
        <source>no attribute named {name!r} in the project</source>
        <translation>项目中没有名为 {name!r} 的属性</translation>
    </message>
    <message>
        <source>frequencies are by &apos;document&apos; or &apos;coder&apos;, not {by!r}</source>
        <translation>频次按 &apos;document&apos; 或 &apos;coder&apos; 统计，而不是 {by!r}</translation>
    </message>
    <message>
        <source>co-occurrence scope is &apos;passage&apos; or &apos;document&apos;, not {scope!r}</source>
        <translation>共现范围是 &apos;passage&apos; 或 &apos;document&apos;，而不是 {scope!r}</translation>
    </message>
    <message>
        <source>cannot read the rate table ({exc})</source>
        <translation>无法读取汇率表（{exc}）</translation>
    </message>
    <message>
        <source>a rate table starts with the header from,to,rate</source>
        <translation>汇率表必须以表头 from,to,rate 开始</translation>
    </message>
    <message>
        <source>line {line}: {currency!r} is not a 3-letter currency code</source>
        <translation>第 {line} 行：{currency!r} 不是三个字母的货币代码</translation>
    </message>
    <message>
        <source>line {line}: the rate {rate!r} is not a positive number</source>
        <translation>第 {line} 行：汇率 {rate!r} 不是正数</translation>
    </message>
    <message>
        <source>line {line}: every rate must convert to one target currency ({target}, not {to})</source>
        <translation>第 {line} 行：所有汇率必须换算为同一目标货币（{target}，而不是 {to}）</translation>
    </message>
    <message>
        <source>line {line}: {source} has two rates</source>
        <translation>第 {line} 行：{source} 有两个汇率</translation>
    </message>
    <message>
        <source>more than {limit} rates</source>
        <translation>汇率超过 {limit} 个</translation>
    </message>
    <message>
        <source>the rate table has no rate in it</source>
        <translation>汇率表中没有汇率</translation>
    </message>
</context>
<context>
    <name>CoreChanges</name>
    <message>
        <source>a case needs a label (it was empty)</source>
        <translation>个案需要标签（标签为空）</translation>
    </message>
    <message>
        <source>case label {cleaned!r} contains {problem}; use plain text</source>
        <translation>个案标签 {cleaned!r} 包含 {problem}；请使用纯文本</translation>
    </message>
    <message>
        <source>a case label is limited to {limit} characters</source>
        <translation>个案标签最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>unknown case role {role!r} (use {roles})</source>
        <translation>未知的个案角色 {role!r}（请使用 {roles}）</translation>
    </message>
    <message>
        <source>{name!r} is not a usable attribute name (plain text, 1–{limit} characters)</source>
        <translation>{name!r} 不是可用的属性名称（纯文本，1–{limit} 个字符）</translation>
    </message>
    <message>
        <source>unknown attribute type {type!r} (use {types})</source>
        <translation>未知的属性类型 {type!r}（请使用 {types}）</translation>
    </message>
    <message>
        <source>attribute {name!r} needs a value (to remove it, leave it out)</source>
        <translation>属性 {name!r} 需要一个值（要删除它，请省略该属性）</translation>
    </message>
    <message>
        <source>attribute {name!r} is a number; {value!r} is not one</source>
        <translation>属性 {name!r} 是数字；{value!r} 不是数字</translation>
    </message>
    <message>
        <source>attribute {name!r} is a date (YYYY, YYYY-MM or YYYY-MM-DD); not {value!r}</source>
        <translation>属性 {name!r} 是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；{value!r} 不是日期</translation>
    </message>
    <message>
        <source>attribute {name!r} is yes or no; not {value!r}</source>
        <translation>属性 {name!r} 只能是“是”或“否”；不能是 {value!r}</translation>
    </message>
    <message>
        <source>there is already a case labelled {label!r}</source>
        <translation>已有标签为 {label!r} 的个案</translation>
    </message>
    <message>
        <source>attribute {name!r} is given twice</source>
        <translation>属性 {name!r} 被指定了两次</translation>
    </message>
    <message>
        <source>nothing to change: give a new label, role, memo or attribute</source>
        <translation>没有要更改的内容：请提供新的标签、角色、备忘录或属性</translation>
    </message>
    <message>
        <source>the case has no attribute {name!r} to remove</source>
        <translation>该个案没有可删除的属性 {name!r}</translation>
    </message>
    <message>
        <source>no documents given</source>
        <translation>未指定文档</translation>
    </message>
    <message>
        <source>no codings given</source>
        <translation>未指定编码</translation>
    </message>
    <message>
        <source>every one of those documents is already linked to {label!r}</source>
        <translation>这些文档都已关联到 {label!r}</translation>
    </message>
    <message>
        <source>every one of those documents is not linked to {label!r}</source>
        <translation>这些文档都未关联到 {label!r}</translation>
    </message>
    <message>
        <source>every one of those codings is already linked to {label!r}</source>
        <translation>这些编码都已关联到 {label!r}</translation>
    </message>
    <message>
        <source>every one of those codings is not linked to {label!r}</source>
        <translation>这些编码都未关联到 {label!r}</translation>
    </message>
    <message>
        <source>cannot merge a case into itself</source>
        <translation>无法将个案合并到其自身</translation>
    </message>
    <message>
        <source>{label!r} and {label2!r} disagree ({listed})</source>
        <translation>{label!r} 与 {label2!r} 不一致（{listed}）</translation>
    </message>
    <message>
        <source>no case labelled {name!r} (cases: {known})</source>
        <translation>没有标签为 {name!r} 的个案（个案：{known}）</translation>
    </message>
    <message>
        <source>a code named {name!r} already exists under {where}</source>
        <translation>{where} 下已有名为 {name!r} 的代码</translation>
    </message>
    <message>
        <source>a code named {name!r} already exists under the top level</source>
        <translation>顶层已有名为 {name!r} 的代码</translation>
    </message>
    <message>
        <source>the parent code no longer exists</source>
        <translation>父代码已不存在</translation>
    </message>
    <message>
        <source>cannot edit code fields {bad}</source>
        <translation>无法编辑代码字段 {bad}</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>该代码已不存在</translation>
    </message>
    <message>
        <source>the target code no longer exists</source>
        <translation>目标代码已不存在</translation>
    </message>
    <message>
        <source>cannot move {name!r} inside itself</source>
        <translation>无法将 {name!r} 移到其自身内部</translation>
    </message>
    <message>
        <source>cannot merge a code into itself</source>
        <translation>无法将代码合并到其自身</translation>
    </message>
    <message>
        <source>cannot merge {name!r} into one of its own sub-codes</source>
        <translation>无法将 {name!r} 合并到其自身的子代码中</translation>
    </message>
    <message>
        <source>both codes have a value field {name!r}, of different kinds ({kind}, {kind2}); rename one first</source>
        <translation>两个代码都有值字段 {name!r}，但类型不同（{kind}、{kind2}）；请先重命名其中一个</translation>
    </message>
    <message>
        <source>span {start}–{end} is outside {name!r} (length {length})</source>
        <translation>范围 {start}–{end} 超出了 {name!r}（长度 {length}）</translation>
    </message>
    <message>
        <source>an empty selection cannot be coded; select some text first</source>
        <translation>空选区无法编码；请先选择一些文本</translation>
    </message>
    <message>
        <source>{name!r} is a folder, not a code that can be applied</source>
        <translation>{name!r} 是文件夹，不是可应用的代码</translation>
    </message>
    <message>
        <source>this passage already has the code {name!r} from this coder</source>
        <translation>该片段已有此编码员的代码 {name!r}</translation>
    </message>
    <message>
        <source>an identical coding already exists</source>
        <translation>已存在完全相同的编码</translation>
    </message>
    <message>
        <source>that value field does not belong to the auto-coded code</source>
        <translation>该值字段不属于自动编码的代码</translation>
    </message>
    <message>
        <source>{name}: a {kind} value is needed, not {kind2}</source>
        <translation>{name}：需要 {kind} 值，而不是 {kind2}</translation>
    </message>
    <message>
        <source>the pattern took longer than {timeout:g} s over all documents; simplify it</source>
        <translation>该模式在所有文档上耗时超过 {timeout:g} 秒；请简化它</translation>
    </message>
    <message>
        <source>the new code has no field for {count} value(s) of this coding ({sample}); confirm to drop them</source>
        <translation>新代码没有可容纳此编码 {count} 个值的字段（{sample}）；确认后将丢弃这些值</translation>
    </message>
    <message>
        <source>memos attach to a project, document or code, not {kind!r}</source>
        <translation>备忘录只能附加到项目、文档或代码，不能附加到 {kind!r}</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <source>{value!r} is not yes/no</source>
        <translation>{value!r} 不是“是/否”</translation>
    </message>
    <message>
        <source>{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>{value!r} 不是日期（请使用 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>attribute type must be one of {types}</source>
        <translation>属性类型必须是 {types} 之一</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>属性需要名称</translation>
    </message>
    <message>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name}&apos;s</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>this coding is {whose}: in this project coders may only change their own codings</source>
        <translation>此编码属于 {whose}：在此项目中，编码员只能更改自己的编码</translation>
    </message>
    <message>
        <source>the code already has a field named {name!r}</source>
        <translation>该代码已有名为 {name!r} 的字段</translation>
    </message>
    <message>
        <source>a code can have at most {limit} value fields</source>
        <translation>一个代码最多可有 {limit} 个值字段</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>{sample} and {count} more</source>
        <translation>{sample} 等另外 {count} 个</translation>
    </message>
    <message>
        <source>deleting {field!r} would drop {count} stored value(s) that no longer fit ({sample}); confirm to go on</source>
        <translation>删除 {field!r} 将丢弃 {count} 个不再适用的已存值（{sample}）；确认后继续</translation>
    </message>
    <message>
        <source>changing {field!r} would drop {count} stored value(s) that no longer fit ({sample}); confirm to go on</source>
        <translation>更改 {field!r} 将丢弃 {count} 个不再适用的已存值（{sample}）；确认后继续</translation>
    </message>
    <message>
        <source>that value field does not belong to this coding&apos;s code</source>
        <translation>该值字段不属于此编码的代码</translation>
    </message>
    <message>
        <source>the code has no value field {name!r} (its fields: {known})</source>
        <translation>该代码没有值字段 {name!r}（其字段：{known}）</translation>
    </message>
    <message>
        <source>{name}: given twice</source>
        <translation>{name}：被指定了两次</translation>
    </message>
</context>
<context>
    <name>CoreCodebook</name>
    <message>
        <source>no code labels in language {language!r}; use one of {languages}</source>
        <translation>没有 {language!r} 语言的代码标签；请使用 {languages} 之一</translation>
    </message>
    <message>
        <source>the {field} of a label must be text</source>
        <translation>标签的 {field} 必须是文本</translation>
    </message>
    <message>
        <source>a label&apos;s {field} is limited to {limit} characters</source>
        <translation>标签的 {field} 最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>the {field} of a label contains {problem}</source>
        <translation>标签的 {field} 含有{problem}</translation>
    </message>
    <message>
        <source>&apos;labels&apos; of {where} must be a mapping of languages</source>
        <translation>{where} 的 &apos;labels&apos; 必须是按语言的映射</translation>
    </message>
    <message>
        <source>label {language!r} of {where} must be a mapping</source>
        <translation>{where} 的标签 {language!r} 必须是映射</translation>
    </message>
    <message>
        <source>label {language!r} of {where} has unknown fields {fields}</source>
        <translation>{where} 的标签 {language!r} 含有未知字段 {fields}</translation>
    </message>
    <message>
        <source>{key} of label {language!r} of {where} must be text</source>
        <translation>{where} 的标签 {language!r} 的 {key} 必须是文本</translation>
    </message>
    <message>
        <source>label {language!r} of {where}: {problem}</source>
        <translation>{where} 的标签 {language!r}：{problem}</translation>
    </message>
    <message>
        <source>{where} has two labels in {language}</source>
        <translation>{where} 有两个 {language} 标签</translation>
    </message>
    <message>
        <source>invalid code path {path!r} (use Group/Code)</source>
        <translation>无效的代码路径 {path!r}（请使用 组/代码 格式）</translation>
    </message>
    <message>
        <source>a control character (U+{code})</source>
        <translation>控制字符（U+{code}）</translation>
    </message>
    <message>
        <source>a line or paragraph separator (U+{code})</source>
        <translation>行或段落分隔符（U+{code}）</translation>
    </message>
    <message>
        <source>a bidi control character (U+{code})</source>
        <translation>双向控制字符（U+{code}）</translation>
    </message>
    <message>
        <source>a character that is not text (U+{code})</source>
        <translation>非文本字符（U+{code}）</translation>
    </message>
    <message>
        <source>a code name cannot be empty</source>
        <translation>代码名称不能为空</translation>
    </message>
    <message>
        <source>code name {name!r} contains {problem}; use plain text</source>
        <translation>代码名称 {name!r} 含有{problem}；请使用纯文本</translation>
    </message>
    <message>
        <source>code name {name!r} contains &apos;/&apos;, which separates levels in a code path</source>
        <translation>代码名称 {name!r} 含有 &apos;/&apos;，它用于分隔代码路径的层级</translation>
    </message>
    <message>
        <source>a code name is limited to {limit} characters</source>
        <translation>代码名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>codes nested deeper than {limit} levels are not allowed</source>
        <translation>代码嵌套不能超过 {limit} 层</translation>
    </message>
    <message>
        <source>code name {name!r} starts or ends with spaces</source>
        <translation>代码名称 {name!r} 以空格开头或结尾</translation>
    </message>
    <message>
        <source>some codes are their own ancestors (a loop of parents)</source>
        <translation>某些代码是自身的上级（父级形成循环）</translation>
    </message>
    <message>
        <source>invalid colour {color!r}; use #RRGGBB</source>
        <translation>无效的颜色 {color!r}；请使用 #RRGGBB</translation>
    </message>
    <message>
        <source>field {name!r}</source>
        <translation>字段 {name!r}</translation>
    </message>
    <message>
        <source>{field}: a value field needs a name</source>
        <translation>{field}：值字段需要名称</translation>
    </message>
    <message>
        <source>{field}: its name contains {problem}; use plain text</source>
        <translation>{field}：名称含有{problem}；请使用纯文本</translation>
    </message>
    <message>
        <source>{field}: a field name is limited to {limit} characters</source>
        <translation>{field}：字段名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>{field}: a value field needs a kind ({kinds})</source>
        <translation>{field}：值字段需要类型（{kinds}）</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>没有 ID 为 {guid} 的代码</translation>
    </message>
    <message>
        <source>no code {path!r} in the codebook</source>
        <translation>代码本中没有代码 {path!r}</translation>
    </message>
    <message>
        <source>{key} of {where} must be text</source>
        <translation>{where} 的 {key} 必须是文本</translation>
    </message>
    <message>
        <source>&apos;fields&apos; of {path!r} must be a list</source>
        <translation>{path!r} 的 &apos;fields&apos; 必须是列表</translation>
    </message>
    <message>
        <source>code {path!r} declares more than {limit} value fields</source>
        <translation>代码 {path!r} 声明的值字段超过 {limit} 个</translation>
    </message>
    <message>
        <source>field #{number} of code {path!r} is not a mapping</source>
        <translation>代码 {path!r} 的字段 #{number} 不是映射</translation>
    </message>
    <message>
        <source>field #{number} of code {path!r}</source>
        <translation>代码 {path!r} 的字段 #{number}</translation>
    </message>
    <message>
        <source>field {name!r} of code {path!r}</source>
        <translation>代码 {path!r} 的字段 {name!r}</translation>
    </message>
    <message>
        <source>code {path!r} declares two fields named {name!r}</source>
        <translation>代码 {path!r} 声明了两个名为 {name!r} 的字段</translation>
    </message>
    <message>
        <source>{field} repeats the guid {guid}</source>
        <translation>{field} 重复使用了 GUID {guid}</translation>
    </message>
    <message>
        <source>&apos;children&apos; of {path} must be a list</source>
        <translation>{path} 的 &apos;children&apos; 必须是列表</translation>
    </message>
    <message>
        <source>&apos;children&apos; of the codebook must be a list</source>
        <translation>代码本的 &apos;children&apos; 必须是列表</translation>
    </message>
    <message>
        <source>code #{number} under {path} is not a mapping</source>
        <translation>{path} 下的代码 #{number} 不是映射</translation>
    </message>
    <message>
        <source>code #{number} under the top is not a mapping</source>
        <translation>顶层的代码 #{number} 不是映射</translation>
    </message>
    <message>
        <source>a top-level code</source>
        <translation>顶层代码</translation>
    </message>
    <message>
        <source>two codes named {path!r}</source>
        <translation>有两个名为 {path!r} 的代码</translation>
    </message>
    <message>
        <source>code {path!r} repeats the guid {guid}</source>
        <translation>代码 {path!r} 重复使用了 GUID {guid}</translation>
    </message>
    <message>
        <source>source_refs/export of {path!r} must be a list/mapping</source>
        <translation>{path!r} 的 source_refs/export 必须是列表/映射</translation>
    </message>
    <message>
        <source>&apos;warnings&apos; of {path!r} must be a list of at most {limit} names</source>
        <translation>{path!r} 的 &apos;warnings&apos; 必须是最多 {limit} 个名称的列表</translation>
    </message>
    <message>
        <source>{problem} (in the warnings of {path!r})</source>
        <translation>{problem}（在 {path!r} 的内容警告中）</translation>
    </message>
    <message>
        <source>more than {limit} codes; not a codebook this program can use</source>
        <translation>代码超过 {limit} 个；本程序无法使用此代码本</translation>
    </message>
    <message>
        <source>not valid YAML at line {line} ({problem})</source>
        <translation>第 {line} 行不是有效的 YAML（{problem}）</translation>
    </message>
    <message>
        <source>not valid YAML at line {line}</source>
        <translation>第 {line} 行不是有效的 YAML</translation>
    </message>
    <message>
        <source>not valid YAML ({problem})</source>
        <translation>不是有效的 YAML（{problem}）</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>不是有效的 YAML</translation>
    </message>
    <message>
        <source>codebook file is too large</source>
        <translation>代码本文件太大</translation>
    </message>
    <message>
        <source>codebook nested too deeply</source>
        <translation>代码本嵌套过深</translation>
    </message>
    <message>
        <source>not a codebook: expected a mapping with a &apos;codes&apos; list</source>
        <translation>不是代码本：应为含有 &apos;codes&apos; 列表的映射</translation>
    </message>
    <message>
        <source>unknown codebook format {format!r}</source>
        <translation>未知的代码本格式 {format!r}</translation>
    </message>
    <message>
        <source>the codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>&apos;sources&apos; must be a mapping</source>
        <translation>&apos;sources&apos; 必须是映射</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>codebook YAML must be UTF-8</source>
        <translation>代码本 YAML 必须是 UTF-8 编码</translation>
    </message>
    <message>
        <source>the code no longer exists</source>
        <translation>该代码已不存在</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>already exists; pass --force to rebuild the demo project</source>
        <translation>已存在；要重建演示项目，请加上 --force</translation>
    </message>
    <message>
        <source>demo coding of {entry} has no value field {name!r}</source>
        <translation>{entry} 的演示编码没有值字段 {name!r}</translation>
    </message>
    <message>
        <source>demo case {entry}: no coding of {passage!r}</source>
        <translation>演示个案 {entry}：没有 {passage!r} 的编码</translation>
    </message>
    <message>
        <source>is not a demo project; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>不是演示项目，不会被替换（请选择其他文件，或自行将其移走）</translation>
    </message>
    <message>
        <source>is open in the app; close it before rebuilding the demo</source>
        <translation>已在应用中打开；重建演示前请先关闭它</translation>
    </message>
    <message>
        <source>cannot be read as a demo project; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>无法作为演示项目读取，不会被替换（请选择其他文件，或自行将其移走）</translation>
    </message>
    <message>
        <source>is a demo project with codings by {others}; it will not be replaced (choose another file, or move it away yourself)</source>
        <translation>是包含 {others} 所做编码的演示项目，不会被替换（请选择其他文件，或自行将其移走）</translation>
    </message>
    <message>
        <source>demo quote not found in {document}: {quote!r}</source>
        <translation>在 {document} 中找不到演示引文：{quote!r}</translation>
    </message>
    <message>
        <source>{path}: {message}</source>
        <translation>{path}：{message}</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>是文件夹；请提供文件名</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <source>is the project {name}; choose another file name for the output</source>
        <translation>是项目 {name}；请为输出选择其他文件名</translation>
    </message>
    <message>
        <source>is a file of the project {name}; choose another file name for the output</source>
        <translation>是项目 {name} 的文件；请为输出选择其他文件名</translation>
    </message>
    <message>
        <source>is inside the backups of {name}; choose another place</source>
        <translation>位于 {name} 的备份中；请选择其他位置</translation>
    </message>
    <message>
        <source>is also an input of this command; choose another file name</source>
        <translation>也是此命令的输入文件；请选择其他文件名</translation>
    </message>
    <message>
        <source>belongs to the project {name} (a journal, lock or backup); choose another file name</source>
        <translation>属于项目 {name}（日志、锁或备份文件）；请选择其他文件名</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device, pipe or socket); choose a file name</source>
        <translation>不是普通文件（设备、管道或套接字）；请选择文件名</translation>
    </message>
    <message>
        <source>is a Testimony Annotator project; it will not be overwritten (choose another file name)</source>
        <translation>是 Testimony Annotator 项目，不会被覆盖（请选择其他文件名）</translation>
    </message>
    <message>
        <source>looks like an encrypted project or database; it will not be overwritten (choose another file name)</source>
        <translation>看起来是加密的项目或数据库，不会被覆盖（请选择其他文件名）</translation>
    </message>
    <message>
        <source>already exists; pass --force to replace it</source>
        <translation>已存在；要替换它，请加上 --force</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written (free some space and try again)</source>
        <translation>磁盘已满；未写入任何内容（请释放一些空间后重试）</translation>
    </message>
    <message>
        <source>cannot write here ({reason}); choose a folder you can write to</source>
        <translation>无法写入此处（{reason}）；请选择可写入的文件夹</translation>
    </message>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation>无法写入文件（{reason}）</translation>
    </message>
    <message>
        <source>appeared while the output was being written; nothing was replaced</source>
        <translation>在写入输出时出现；未替换任何内容</translation>
    </message>
    <message>
        <source>the copy was not finished (its journal is still open); nothing written</source>
        <translation>副本未完成（其日志仍处于打开状态）；未写入任何内容</translation>
    </message>
    <message>
        <source>the pattern is {count:,} characters long (at most {limit:,})</source>
        <translation>该模式长 {count:,} 个字符（最多 {limit:,} 个）</translation>
    </message>
    <message>
        <source>the pattern&apos;s repeats multiply out to {size:,} items (at most {limit:,}); simplify it</source>
        <translation>该模式的重复展开后有 {size:,} 项（最多 {limit:,} 项）；请简化它</translation>
    </message>
    <message>
        <source>invalid pattern {pattern!r}: {exc}</source>
        <translation>无效的模式 {pattern!r}：{exc}</translation>
    </message>
    <message>
        <source>invalid pattern {pattern!r}: too complex ({name})</source>
        <translation>无效的模式 {pattern!r}：过于复杂（{name}）</translation>
    </message>
    <message>
        <source>the pattern took longer than {timeout:g} s on {label}; simplify it</source>
        <translation>该模式在 {label} 上耗时超过 {timeout:g} 秒；请简化它</translation>
    </message>
    <message>
        <source>a .qdc codebook is read by codebook_files.load_codebook first</source>
        <translation>.qdc 代码本须先由 codebook_files.load_codebook 读取</translation>
    </message>
    <message>
        <source>unsupported codebook file; use .yaml or .qdc</source>
        <translation>不支持的代码本文件；请使用 .yaml 或 .qdc</translation>
    </message>
    <message>
        <source>a pseudonym entry needs the text to find</source>
        <translation>假名条目需要要查找的文本</translation>
    </message>
    <message>
        <source>the same identifier is listed twice</source>
        <translation>同一标识符被列出了两次</translation>
    </message>
</context>
<context>
    <name>CoreExport</name>
    <message>
        <source>unknown pool {pool!r}; choose any or all</source>
        <translation>未知的汇总方式 {pool!r}；请选择 any 或 all</translation>
    </message>
    <message>
        <source>--min-k must be 1 or more</source>
        <translation>--min-k 必须不小于 1</translation>
    </message>
    <message>
        <source>cannot tell the export format from {name!r}; choose one of {formats}</source>
        <translation>无法从 {name!r} 判断导出格式；请从 {formats} 中选择一种</translation>
    </message>
    <message>
        <source>unknown export format {format!r}; choose one of {formats}</source>
        <translation>未知的导出格式 {format!r}；请从 {formats} 中选择一种</translation>
    </message>
    <message>
        <source>the {name} export does not take the option {unknown}</source>
        <translation>{name} 导出不接受选项 {unknown}</translation>
    </message>
    <message>
        <source>a REFI-QDA project must carry each document&apos;s text (its positions point into it); export it with --pseudonymise, or use csv, xlsx or json with --no-text</source>
        <translation>REFI-QDA 项目必须包含每个文档的文本（其位置指向文本）；请使用 --pseudonymise 导出，或使用 csv、xlsx 或 json 并加上 --no-text</translation>
    </message>
    <message>
        <source>the {name} export carries no passage text; --veil-warning and --omit-warning do not apply</source>
        <translation>{name} 导出不含片段文本；--veil-warning 和 --omit-warning 不适用</translation>
    </message>
    <message>
        <source>the {name} format is the whole codebook; --{what} does not apply to it</source>
        <translation>{name} 格式是整个代码本；--{what} 不适用</translation>
    </message>
    <message>
        <source>no coder is selected: nothing would be exported</source>
        <translation>未选择编码员：没有可导出的内容</translation>
    </message>
    <message>
        <source>no code is selected: nothing would be exported</source>
        <translation>未选择代码：没有可导出的内容</translation>
    </message>
    <message>
        <source>no document is selected: nothing would be exported</source>
        <translation>未选择文档：没有可导出的内容</translation>
    </message>
    <message>
        <source>the project has no pseudonym list, so --pseudonymise would change nothing; add the names first (Team → Pseudonyms…) or export with --no-text</source>
        <translation>项目没有假名列表，因此 --pseudonymise 不会改变任何内容；请先添加姓名（团队 → 假名…），或使用 --no-text 导出</translation>
    </message>
    <message>
        <source>--{option} applies to a standard case export (--schema)</source>
        <translation>--{option} 仅适用于标准个案导出（--schema）</translation>
    </message>
    <message>
        <source>--with-translation applies to csv, xlsx and json exports</source>
        <translation>--with-translation 仅适用于 csv、xlsx 和 json 导出</translation>
    </message>
    <message>
        <source>a standard case export writes a metadata file beside the CSV; give a file path</source>
        <translation>标准个案导出会在 CSV 旁写入元数据文件；请提供文件路径</translation>
    </message>
    <message>
        <source>{flag} would make the codes left out look absent in a standard case export; export every code (use --document to choose cases)</source>
        <translation>{flag} 会使被排除的代码在标准个案导出中看似不存在；请导出所有代码（用 --document 选择个案）</translation>
    </message>
    <message>
        <source>the option {name} applies to the working case table (no --schema)</source>
        <translation>选项 {name} 仅适用于工作用个案表（不带 --schema）</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>too many rows for one Excel sheet (1,048,576); export CSV instead</source>
        <translation>行数超出一个 Excel 工作表的上限（1,048,576）；请改为导出 CSV</translation>
    </message>
    <message>
        <source>unknown case schema {name!r}; choose one of {schemas}</source>
        <translation>未知的个案模式 {name!r}；请从 {schemas} 中选择一种</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the project has no content warning {name!r} (it has: {known})</source>
        <translation>项目中没有内容警告 {name!r}（现有：{known}）</translation>
    </message>
</context>
<context>
    <name>CoreImport</name>
    <message>
        <source>unsupported file type {shown}; supported: {supported}</source>
        <translation>不支持的文件类型 {shown}；支持的类型：{supported}</translation>
    </message>
    <message>
        <source>could not read this {format} file ({reason})</source>
        <translation>无法读取此 {format} 文件（{reason}）</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (not a zip archive)</source>
        <translation>不是有效的 {format_label} 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (damaged or truncated zip archive)</source>
        <translation>不是有效的 {format_label} 文件（zip 压缩包已损坏或被截断）</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (unsupported zip compression)</source>
        <translation>不是有效的 {format_label} 文件（不支持的 zip 压缩方式）</translation>
    </message>
    <message>
        <source>refused: {format_label} file would expand to an unsafe size (zip bomb?)</source>
        <translation>已拒绝：{format_label} 文件解压后会大到不安全的程度（zip 炸弹？）</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>file too large to import (over 1 GiB)</source>
        <translation>文件太大，无法导入（超过 1 GiB）</translation>
    </message>
    <message>
        <source>cannot read the file (permission denied)</source>
        <translation>无法读取文件（权限不足）</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>未找到文本</translation>
    </message>
    <message>
        <source>{format_label} file too large to read into memory</source>
        <translation>{format_label} 文件太大，无法读入内存</translation>
    </message>
    <message>
        <source>not a valid {format_label} file (nested too deeply to read)</source>
        <translation>不是有效的 {format_label} 文件（嵌套过深，无法读取）</translation>
    </message>
    <message>
        <source>not a valid {format_label} file ({reason})</source>
        <translation>不是有效的 {format_label} 文件（{reason}）</translation>
    </message>
    <message>
        <source>not a valid DOCX file (a password-protected or old .doc Word file: remove the password, or save it as .docx)</source>
        <translation>不是有效的 DOCX 文件（受密码保护或为旧版 .doc Word 文件：请移除密码，或另存为 .docx）</translation>
    </message>
    <message>
        <source>not a valid DOCX file (a zip archive, but not a Word document)</source>
        <translation>不是有效的 DOCX 文件（是 zip 压缩包，但不是 Word 文档）</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>是二进制数据，不是文本</translation>
    </message>
    <message>
        <source>same text as {name!r}, already in the project; skipped</source>
        <translation>与项目中已有的 {name!r} 文本相同；已跳过</translation>
    </message>
    <message>
        <source>same text as {name!r}, already in the project</source>
        <translation>与项目中已有的 {name!r} 文本相同</translation>
    </message>
    <message>
        <source>cannot import ({reason})</source>
        <translation>无法导入（{reason}）</translation>
    </message>
    <message>
        <source>password-protected ODT: remove the password, then import</source>
        <translation>受密码保护的 ODT：请移除密码后再导入</translation>
    </message>
    <message>
        <source>not a valid ODT file (an OpenDocument file, but not text: {kind})</source>
        <translation>不是有效的 ODT 文件（是 OpenDocument 文件，但不是文本：{kind}）</translation>
    </message>
    <message>
        <source>not a valid ODT file (a zip archive, but not an OpenDocument text)</source>
        <translation>不是有效的 ODT 文件（是 zip 压缩包，但不是 OpenDocument 文本）</translation>
    </message>
    <message>
        <source>not a valid ODT file (content.xml has no text body)</source>
        <translation>不是有效的 ODT 文件（content.xml 没有正文）</translation>
    </message>
    <message>
        <source>not a valid PDF file (no %PDF header)</source>
        <translation>不是有效的 PDF 文件（没有 %PDF 文件头）</translation>
    </message>
    <message>
        <source>not a valid PDF file (truncated: no end-of-file marker)</source>
        <translation>不是有效的 PDF 文件（被截断：没有文件结束标记）</translation>
    </message>
    <message>
        <source>no text layer (scanned PDF?) — run OCR first</source>
        <translation>没有文本层（扫描的 PDF？）— 请先进行 OCR</translation>
    </message>
    <message>
        <source>text layer is unreadable (fonts without a Unicode map?) — run OCR first</source>
        <translation>文本层无法读取（字体缺少 Unicode 映射？）— 请先进行 OCR</translation>
    </message>
    <message>
        <source>encrypted PDF (AES) cannot be read: the &apos;cryptography&apos; package is missing</source>
        <translation>无法读取加密的 PDF（AES）：缺少 &apos;cryptography&apos; 软件包</translation>
    </message>
    <message>
        <source>password-protected PDF: remove the password, then import</source>
        <translation>受密码保护的 PDF：请移除密码后再导入</translation>
    </message>
    <message>
        <source>not a valid RTF file (no {\rtf header)</source>
        <translation>不是有效的 RTF 文件（没有 {\rtf 文件头）</translation>
    </message>
</context>
<context>
    <name>CoreJourney</name>
    <message>
        <source>year of birth {year} (case attribute)</source>
        <translation>出生年份 {year}（个案属性）</translation>
    </message>
    <message>
        <source>age {age} at the interview in {year} (case attributes)</source>
        <translation>{year} 年访谈时 {age} 岁（个案属性）</translation>
    </message>
    <message>
        <source>{field} {value} at {date}</source>
        <translation>{date} 时的{field} {value}</translation>
    </message>
    <message>
        <source>years of birth disagree: {first} means about {year}, {second} about {year2}</source>
        <translation>出生年份不一致：按{first}约为 {year} 年，按{second}约为 {year2} 年</translation>
    </message>
    <message>
        <source>{code} is dated {date}, after the interview in {year}</source>
        <translation>{code} 的日期为 {date}，晚于 {year} 年的访谈</translation>
    </message>
    <message>
        <source>{code} is dated {date}, before the year of birth {year}</source>
        <translation>{code} 的日期为 {date}，早于出生年份 {year} 年</translation>
    </message>
    <message>
        <source>forced repatriation ({date}) before the first border crossing ({date2})</source>
        <translation>强制遣返（{date}）早于首次越境（{date2}）</translation>
    </message>
    <message>
        <source>{months} months with no event between {date} ({code}) and {date2} ({code2})</source>
        <translation>{date}（{code}）与 {date2}（{code2}）之间 {months} 个月没有事件</translation>
    </message>
</context>
<context>
    <name>CoreProtection</name>
    <message>
        <source>the backup copy did not verify</source>
        <translation>备份副本未通过校验</translation>
    </message>
    <message>
        <source>is encrypted: give its passphrase (--passphrase-file)</source>
        <translation>已加密：请提供其口令（--passphrase-file）</translation>
    </message>
    <message>
        <source>the backup is encrypted: give its passphrase</source>
        <translation>备份已加密：请提供其口令</translation>
    </message>
    <message>
        <source>the backup is damaged; choose another one</source>
        <translation>备份已损坏；请选择其他备份</translation>
    </message>
    <message>
        <source>the converted copy did not verify; nothing was changed</source>
        <translation>转换后的副本未通过校验；未做任何更改</translation>
    </message>
    <message>
        <source>the converted copy lost rows; nothing was changed</source>
        <translation>转换后的副本丢失了行；未做任何更改</translation>
    </message>
    <message>
        <source>the decrypted copy did not verify; nothing was changed</source>
        <translation>解密后的副本未通过校验；未做任何更改</translation>
    </message>
    <message>
        <source>the decrypted copy lost rows; nothing was changed</source>
        <translation>解密后的副本丢失了行；未做任何更改</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>is open in this program; close it first</source>
        <translation>已在本程序中打开；请先关闭它</translation>
    </message>
    <message>
        <source>is open in another program (the app, or a command such as an import); close it there and try again</source>
        <translation>已在其他程序（应用或导入等命令）中打开；请在那里关闭后重试</translation>
    </message>
    <message>
        <source>could not take the project over (journal mode {mode})</source>
        <translation>无法接管项目（日志模式 {mode}）</translation>
    </message>
</context>
<context>
    <name>CoreRefiQda</name>
    <message>
        <source>cannot read the package ({reason})</source>
        <translation>无法读取工作包（{reason}）</translation>
    </message>
    <message>
        <source>%n document added ({matched} already present)</source>
        <translation>添加了 %n 个文档（{matched} 个已存在）</translation>
    </message>
    <message>
        <source>%n documents added ({matched} already present)</source>
        <translation>添加了 %n 个文档（{matched} 个已存在）</translation>
    </message>
    <message>
        <source>%n code added</source>
        <translation>添加了 %n 个代码</translation>
    </message>
    <message>
        <source>%n codes added</source>
        <translation>添加了 %n 个代码</translation>
    </message>
    <message>
        <source>%n coder added</source>
        <translation>添加了 %n 名编码员</translation>
    </message>
    <message>
        <source>%n coders added</source>
        <translation>添加了 %n 名编码员</translation>
    </message>
    <message>
        <source>%n coding added ({present} already present)</source>
        <translation>添加了 %n 个编码（{present} 个已存在）</translation>
    </message>
    <message>
        <source>%n codings added ({present} already present)</source>
        <translation>添加了 %n 个编码（{present} 个已存在）</translation>
    </message>
    <message>
        <source>%n memo</source>
        <translation>%n 条备忘录</translation>
    </message>
    <message>
        <source>%n memos</source>
        <translation>%n 条备忘录</translation>
    </message>
    <message>
        <source>%n attribute value</source>
        <translation>%n 个属性值</translation>
    </message>
    <message>
        <source>%n attribute values</source>
        <translation>%n 个属性值</translation>
    </message>
    <message>
        <source>{fields} value fields and {values} typed values added</source>
        <translation>添加了 {fields} 个值字段和 {values} 个值</translation>
    </message>
    <message>
        <source>%n original and translation link added</source>
        <translation>添加了 %n 个原文与译文链接</translation>
    </message>
    <message>
        <source>%n original and translation links added</source>
        <translation>添加了 %n 个原文与译文链接</translation>
    </message>
    <message>
        <source>{first} (and %n more)</source>
        <translation>{first}（另有 %n 个）</translation>
    </message>
    <message>
        <source>positions counted in {convention}</source>
        <translation>位置计数方式：{convention}</translation>
    </message>
    <message>
        <source>{count} not imported {reasons}</source>
        <translation>{count}未导入 {reasons}</translation>
    </message>
    <message>
        <source>%n item skipped</source>
        <translation>跳过了 %n 项</translation>
    </message>
    <message>
        <source>%n items skipped</source>
        <translation>跳过了 %n 项</translation>
    </message>
    <message>
        <source>%n conflict kept the project&apos;s version</source>
        <translation>%n 个冲突保留了项目的版本</translation>
    </message>
    <message>
        <source>%n conflicts kept the project&apos;s version</source>
        <translation>%n 个冲突保留了项目的版本</translation>
    </message>
    <message>
        <source>codebook: {added} codes added, {updated} updated, {fields} value fields added</source>
        <translation>代码本：新增 {added} 个代码，更新 {updated} 个，新增 {fields} 个值字段</translation>
    </message>
    <message>
        <source>{n} names adjusted or fields left out</source>
        <translation>{n} 个名称已调整或字段被略去</translation>
    </message>
    <message>
        <source>{n} conflicts kept the project&apos;s version</source>
        <translation>{n} 个冲突保留了项目的版本</translation>
    </message>
    <message>
        <source>not a REFI-QDA file (expected .qdpx or .qdc)</source>
        <translation>不是 REFI-QDA 文件（应为 .qdpx 或 .qdc）</translation>
    </message>
    <message>
        <source>code {path!r} has two value-field notes; read the first</source>
        <translation>代码 {path!r} 有两条值字段注释；已读取第一条</translation>
    </message>
    <message>
        <source>{where}: coding {coding} has two values of one field; kept the first</source>
        <translation>{where}：编码 {coding} 的同一字段有两个值；保留了第一个</translation>
    </message>
    <message>
        <source>two notes of original and translation links; read the first</source>
        <translation>有两条原文与译文链接的备注；已读取第一条</translation>
    </message>
    <message>
        <source>{name!r} repeats another source&apos;s GUID; given a new one</source>
        <translation>{name!r} 重复了另一来源的 GUID；已分配新的 GUID</translation>
    </message>
    <message>
        <source>{count} value notes attached to nothing were left out</source>
        <translation>有 {count} 条未附加到任何对象的值注释被省略</translation>
    </message>
    <message>
        <source>{count} notes attached to nothing were added to the project memo</source>
        <translation>有 {count} 条未附加到任何对象的注释已添加到项目备忘录</translation>
    </message>
    <message>
        <source>{where}: variable {name!r} has two values; kept {values!r}</source>
        <translation>{where}：变量 {name!r} 有两个值；保留了 {values!r}</translation>
    </message>
    <message>
        <source>code {path!r} repeats the GUID of another code; given a new one</source>
        <translation>代码 {path!r} 重复了另一代码的 GUID；已分配新的 GUID</translation>
    </message>
    <message>
        <source>code {path!r} declares its value fields twice; kept the first</source>
        <translation>代码 {path!r} 两次声明了其值字段；保留了第一次的声明</translation>
    </message>
    <message>
        <source>code name {name!r} under {parent!r} contains {problem}; fix it where the file was made</source>
        <translation>{parent!r} 下的代码名称 {name!r} 包含 {problem}；请在生成该文件的程序中修正</translation>
    </message>
    <message>
        <source>code name {name!r} contains {problem}; fix it where the file was made</source>
        <translation>代码名称 {name!r} 包含 {problem}；请在生成该文件的程序中修正</translation>
    </message>
    <message>
        <source>code name {name!r} contains &apos;/&apos;, shown as {fixed!r}</source>
        <translation>代码名称 {name!r} 包含 &apos;/&apos;，显示为 {fixed!r}</translation>
    </message>
    <message>
        <source>two codes named {name!r} under {where}; the second is {name} ({n})</source>
        <translation>{where} 下有两个名为 {name!r} 的代码；第二个命名为 {name} ({n})</translation>
    </message>
    <message>
        <source>the codebook has no codes; there is nothing to export</source>
        <translation>代码本中没有代码；没有可导出的内容</translation>
    </message>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>refused: codebook file is too large (over 64 MB)</source>
        <translation>已拒绝：代码本文件太大（超过 64 MB）</translation>
    </message>
    <message>
        <source>not a REFI-QDA codebook (expected &lt;CodeBook&gt;&lt;Codes&gt;, found &lt;{local}&gt;)</source>
        <translation>不是 REFI-QDA 代码本（应为 &lt;CodeBook&gt;&lt;Codes&gt;，实际为 &lt;{local}&gt;）</translation>
    </message>
    <message>
        <source>codebook nested too deeply</source>
        <translation>代码本嵌套过深</translation>
    </message>
    <message>
        <source>the codebook has no codes</source>
        <translation>代码本中没有代码</translation>
    </message>
    <message>
        <source>{qde} is not a REFI-QDA project (no &lt;Project&gt; element)</source>
        <translation>{qde} 不是 REFI-QDA 项目（没有 &lt;Project&gt; 元素）</translation>
    </message>
    <message>
        <source>{qde} is not a REFI-QDA project (its root element is &lt;{local}&gt;)</source>
        <translation>{qde} 不是 REFI-QDA 项目（其根元素为 &lt;{local}&gt;）</translation>
    </message>
    <message>
        <source>project file is named {name!r} (standard: project.qde)</source>
        <translation>项目文件名为 {name!r}（标准名称：project.qde）</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (no .qde file at its root)</source>
        <translation>不是 REFI-QDA 项目包（根目录下没有 .qde 文件）</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (several .qde files: {names})</source>
        <translation>不是 REFI-QDA 项目包（有多个 .qde 文件：{names}）</translation>
    </message>
    <message>
        <source>case {case!r}: its variables apply to no whole source</source>
        <translation>个案 {case!r}：其变量不适用于任何完整来源</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>导入已取消；项目未更改</translation>
    </message>
    <message>
        <source>{kind} {name!r}: only text sources can be imported</source>
        <translation>{kind} {name!r}：只能导入文本来源</translation>
    </message>
    <message>
        <source>{name!r}: {count} codings of the whole source kept as codings of all its text</source>
        <translation>{name!r}：{count} 个针对整个来源的编码已保留为其全部文本的编码</translation>
    </message>
    <message>
        <source>{label}: no text: {problem}</source>
        <translation>{label}：没有文本：{problem}</translation>
    </message>
    <message>
        <source>the project file is nested too deeply to read</source>
        <translation>项目文件嵌套过深，无法读取</translation>
    </message>
    <message>
        <source>the package is too large to read into memory</source>
        <translation>工作包太大，无法读入内存</translation>
    </message>
    <message>
        <source>file references without internal:// (first: {uri!r}) were read from the package&apos;s files</source>
        <translation>不带 internal:// 的文件引用（第一个：{uri!r}）已从工作包内的文件读取</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}：{problem}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <source>{label}: text is not UTF-8; read as {encoding}</source>
        <translation>{label}：文本不是 UTF-8；已按 {encoding} 读取</translation>
    </message>
    <message>
        <source>{label}: no plain text in the package; text taken from its {suffix} file</source>
        <translation>{label}：工作包中没有纯文本；文本取自其 {suffix} 文件</translation>
    </message>
    <message>
        <source>refused: {label} declares a DTD or entities (not allowed in REFI-QDA files)</source>
        <translation>已拒绝：{label} 声明了 DTD 或实体（REFI-QDA 文件中不允许）</translation>
    </message>
    <message>
        <source>{label} is not well-formed XML ({reason})</source>
        <translation>{label} 不是格式正确的 XML（{reason}）</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>not a REFI-QDA project package (not a readable zip archive)</source>
        <translation>不是 REFI-QDA 项目包（不是可读取的 zip 压缩包）</translation>
    </message>
    <message>
        <source>refused: the package holds {count} files (limit {limit})</source>
        <translation>已拒绝：工作包包含 {count} 个文件（上限 {limit} 个）</translation>
    </message>
    <message>
        <source>refused: the package holds a file whose path leaves it ({name!r})</source>
        <translation>已拒绝：工作包中有路径指向包外的文件（{name!r}）</translation>
    </message>
    <message>
        <source>refused: {name!r} in the package is encrypted</source>
        <translation>已拒绝：工作包中的 {name!r} 已加密</translation>
    </message>
    <message>
        <source>refused: {name!r} uses an unsupported zip compression</source>
        <translation>已拒绝：{name!r} 使用了不支持的 zip 压缩方式</translation>
    </message>
    <message>
        <source>refused: {name!r} would inflate to {size} (limit {limit}; zip bomb?)</source>
        <translation>已拒绝：{name!r} 解压后将达到 {size}（上限 {limit}；zip 炸弹？）</translation>
    </message>
    <message>
        <source>refused: {name!r} would inflate {ratio:.0f} times (limit {limit:.0f}; zip bomb?)</source>
        <translation>已拒绝：{name!r} 解压后将膨胀 {ratio:.0f} 倍（上限 {limit:.0f} 倍；zip 炸弹？）</translation>
    </message>
    <message>
        <source>refused: {name!r} is {size}; a file inside a package may be at most {limit}</source>
        <translation>已拒绝：{name!r} 大小为 {size}；工作包内的文件最大为 {limit}</translation>
    </message>
    <message>
        <source>refused: the package inflates past {size} (zip bomb?)</source>
        <translation>已拒绝：工作包解压后超过 {size}（zip 炸弹？）</translation>
    </message>
    <message>
        <source>refused: {name!r} inflates past its declared size or the {size} limit (zip bomb?)</source>
        <translation>已拒绝：{name!r} 解压后超过其声明的大小或 {size} 上限（zip 炸弹？）</translation>
    </message>
    <message>
        <source>refused: {name!r} inflates more than {limit:.0f} times (zip bomb?)</source>
        <translation>已拒绝：{name!r} 解压后膨胀超过 {limit:.0f} 倍（zip 炸弹？）</translation>
    </message>
    <message>
        <source>{name!r} in the package is damaged ({exc})</source>
        <translation>工作包中的 {name!r} 已损坏（{exc}）</translation>
    </message>
    <message>
        <source>%n whose source text is missing</source>
        <translation>%n 个缺少来源文本</translation>
    </message>
    <message>
        <source>%n did not fit their text</source>
        <translation>%n 个超出其文本</translation>
    </message>
    <message>
        <source>%n with a coding whose code is not in the codebook</source>
        <translation>%n 个的编码所用代码不在代码本中</translation>
    </message>
    <message>
        <source>%n empty</source>
        <translation>%n 个为空</translation>
    </message>
    <message>
        <source>%n not on text (PDF areas, pictures, audio, video)</source>
        <translation>%n 个不在文本上（PDF 区域、图片、音频、视频）</translation>
    </message>
    <message>
        <source>{dropped} of {total} selections</source>
        <translation>{total} 个选区中的 {dropped} 个</translation>
    </message>
    <message>
        <source>({reasons})</source>
        <translation>（{reasons}）</translation>
    </message>
    <message>
        <source>Origin: {origin}</source>
        <translation>来源：{origin}</translation>
    </message>
    <message>
        <source>Origin: not stated</source>
        <translation>来源：未注明</translation>
    </message>
    <message>
        <source>Positions: {convention} ({reason})</source>
        <translation>位置：{convention}（{reason}）</translation>
    </message>
    <message>
        <source>Not imported: {selection}</source>
        <translation>未导入：{selection}</translation>
    </message>
    <message>
        <source>Skipped: {item}</source>
        <translation>已跳过：{item}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注：{note}</translation>
    </message>
    <message>
        <source>{count} cannot be imported {reasons}; nothing was imported</source>
        <translation>{count}无法导入 {reasons}；未导入任何内容</translation>
    </message>
    <message>
        <source>code points, as the REFI-QDA standard counts</source>
        <translation>码位（REFI-QDA 标准的计数方式）</translation>
    </message>
    <message>
        <source>UTF-16 units with CRLF counting 2, as NVivo for Windows counts</source>
        <translation>UTF-16 单元，CRLF 计为 2（Windows 版 NVivo 的计数方式）</translation>
    </message>
    <message>
        <source>code points with CRLF counting 1, as ATLAS.ti counts</source>
        <translation>码位，CRLF 计为 1（ATLAS.ti 的计数方式）</translation>
    </message>
    <message>
        <source>UTF-16 units with a line break counting 1</source>
        <translation>UTF-16 单元，换行计为 1</translation>
    </message>
    <message>
        <source>code points with a line break counting 2</source>
        <translation>码位，换行计为 2</translation>
    </message>
    <message>
        <source>UTF-16 units with a line break counting 2</source>
        <translation>UTF-16 单元，换行计为 2</translation>
    </message>
    <message>
        <source>written by {origin}</source>
        <translation>由 {origin} 写入</translation>
    </message>
    <message>
        <source>no selections</source>
        <translation>没有选区</translation>
    </message>
    <message>
        <source>all conventions agree on this file</source>
        <translation>所有计数方式在此文件上结果一致</translation>
    </message>
    <message>
        <source>the only convention that keeps every selection inside its text</source>
        <translation>唯一能让所有选区都落在文本内的计数方式</translation>
    </message>
    <message>
        <source>keeps the most selections inside their text</source>
        <translation>让最多选区落在文本内</translation>
    </message>
    <message>
        <source>selection names match the text at those positions</source>
        <translation>选区名称与该位置的文本一致</translation>
    </message>
    <message>
        <source>selections fall on word and line boundaries</source>
        <translation>选区落在词和行的边界上</translation>
    </message>
    <message>
        <source>the usual convention of {origin}</source>
        <translation>{origin} 的惯用计数方式</translation>
    </message>
    <message>
        <source>no evidence against the standard</source>
        <translation>没有与标准不符的证据</translation>
    </message>
    <message>
        <source>the original and translation links were left out (their note is not valid JSON)</source>
        <translation>未导入原文与译文链接（其备注不是有效的 JSON）</translation>
    </message>
    <message>
        <source>the original and translation links were left out (their note is not in our form)</source>
        <translation>未导入原文与译文链接（其备注格式不符）</translation>
    </message>
    <message>
        <source>original and translation link #{number} was left out ({why})</source>
        <translation>未导入第 {number} 个原文与译文链接（{why}）</translation>
    </message>
    <message>
        <source>original and translation link #{number} was left out (a translation has one original, and is not itself an original)</source>
        <translation>未导入第 {number} 个原文与译文链接（一份译文只有一份原文，且本身不能是原文）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>it does not name two sources</source>
        <translation>没有指明两份来源</translation>
    </message>
    <message>
        <source>a source it names is not in the package or has no text</source>
        <translation>所指的来源不在包中或没有文本</translation>
    </message>
    <message>
        <source>the text of {name!r} is not the one its positions count in</source>
        <translation>{name!r} 的文本不是其位置所依据的文本</translation>
    </message>
    <message>
        <source>it has no beads</source>
        <translation>没有对齐单元</translation>
    </message>
    <message>
        <source>a bead does not fit the two texts: {bead}</source>
        <translation>有对齐单元与两份文本不符：{bead}</translation>
    </message>
</context>
<context>
    <name>CoreSearch</name>
    <message>
        <source>word search needs the Korean analyzer ({package}): {reason}</source>
        <translation>词形检索需要韩语分析器（{package}）：{reason}</translation>
    </message>
    <message>
        <source>word search needs the Chinese word segmenter ({package}): {reason}</source>
        <translation>词形检索需要中文分词器（{package}）：{reason}</translation>
    </message>
    <message>
        <source>it is not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>{query!r} has no word to search for</source>
        <translation>{query!r} 中没有可检索的词</translation>
    </message>
    <message>
        <source>give something to search for</source>
        <translation>请输入要检索的内容</translation>
    </message>
    <message>
        <source>unknown search mode {mode!r} (one of {modes})</source>
        <translation>未知的检索方式 {mode!r}（可选：{modes}）</translation>
    </message>
    <message>
        <source>indexing was cancelled</source>
        <translation>索引已取消</translation>
    </message>
</context>
<context>
    <name>CoreStore</name>
    <message>
        <source>no case with id {guid}</source>
        <translation>没有 ID 为 {guid} 的个案</translation>
    </message>
    <message>
        <source>encrypted projects need the &apos;sqlcipher3-wheels&apos; package (pip install sqlcipher3-wheels)</source>
        <translation>加密项目需要 &apos;sqlcipher3-wheels&apos; 软件包（pip install sqlcipher3-wheels）</translation>
    </message>
    <message>
        <source>wrong passphrase, or not an encrypted project</source>
        <translation>口令错误，或不是加密项目</translation>
    </message>
    <message>
        <source>no coding with id {guid}</source>
        <translation>没有 ID 为 {guid} 的编码</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not a project</source>
        <translation>空文件（0 字节），不是项目</translation>
    </message>
    <message>
        <source>not a Testimony Annotator project (not an SQLite file; if it is an encrypted project, give its passphrase)</source>
        <translation>不是 Testimony Annotator 项目（不是 SQLite 文件；如果是加密项目，请提供其口令）</translation>
    </message>
    <message>
        <source>not a Testimony Annotator project (not an SQLite file)</source>
        <translation>不是 Testimony Annotator 项目（不是 SQLite 文件）</translation>
    </message>
    <message>
        <source>the project file is truncated (damaged)</source>
        <translation>项目文件被截断（已损坏）</translation>
    </message>
    <message>
        <source>the project file is damaged ({first})</source>
        <translation>项目文件已损坏（{first}）</translation>
    </message>
    <message>
        <source>an SQLite database of another application, not a Testimony Annotator project</source>
        <translation>是其他应用程序的 SQLite 数据库，不是 Testimony Annotator 项目</translation>
    </message>
    <message>
        <source>written by a newer version of Testimony Annotator (schema {version}; this version reads up to {newest}) — please update the program</source>
        <translation>由更新版本的 Testimony Annotator 写入（模式 {version}；此版本最多读取到 {newest}）— 请更新程序</translation>
    </message>
    <message>
        <source>unsupported project schema version {version}</source>
        <translation>不支持的项目模式版本 {version}</translation>
    </message>
    <message>
        <source>upgrading to schema {schema} would leave a broken reference in {broken}; nothing was changed (the old file is kept as {name})</source>
        <translation>升级到模式 {schema} 会在 {broken} 中留下损坏的引用；未做任何更改（旧文件保留为 {name}）</translation>
    </message>
    <message>
        <source>is on a read-only disk or in a folder you cannot write to: open it read-only (the app offers it; commands such as info and export only read), or copy it to a writable folder to code in it</source>
        <translation>位于只读磁盘或无法写入的文件夹中：请以只读方式打开（应用会提供此选项；info、export 等命令只读取），或将其复制到可写入的文件夹中再进行编码</translation>
    </message>
    <message>
        <source>holds changes from an interrupted session in {name}-wal and is on a read-only disk or folder: copy the project together with that file to a writable folder to open it</source>
        <translation>{name}-wal 中保存着中断会话的更改，且位于只读磁盘或文件夹中：请将项目连同该文件一起复制到可写入的文件夹后再打开</translation>
    </message>
    <message>
        <source>an older project that must be upgraded; open it for writing first</source>
        <translation>这是需要升级的旧项目；请先以可写方式打开</translation>
    </message>
    <message>
        <source>was replaced by another program while opening it; try again</source>
        <translation>打开时被其他程序替换；请重试</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>已存在；请选择其他名称</translation>
    </message>
    <message>
        <source>cannot create the file ({reason})</source>
        <translation>无法创建文件（{reason}）</translation>
    </message>
    <message>
        <source>cannot create the file ({exc})</source>
        <translation>无法创建文件（{exc}）</translation>
    </message>
    <message>
        <source>the encrypted copy did not verify</source>
        <translation>加密副本未通过校验</translation>
    </message>
    <message>
        <source>the project built in memory did not verify ({problem})</source>
        <translation>在内存中构建的项目未通过校验（{problem}）</translation>
    </message>
    <message>
        <source>is already open in another window: {holder}</source>
        <translation>已在另一个窗口中打开：{holder}</translation>
    </message>
    <message>
        <source>no coder with id {guid}</source>
        <translation>没有 ID 为 {guid} 的编码员</translation>
    </message>
    <message>
        <source>several coders match {name!r} ({names}); give the name exactly</source>
        <translation>有多个编码员与 {name!r} 匹配（{names}）；请给出确切的名称</translation>
    </message>
    <message>
        <source>a coder needs a name (it was empty)</source>
        <translation>编码员需要名称（名称为空）</translation>
    </message>
    <message>
        <source>no coder named {cleaned!r} in this project (its coders: {known})</source>
        <translation>此项目中没有名为 {cleaned!r} 的编码员（其编码员：{known}）</translation>
    </message>
    <message>
        <source>no document with id {guid}</source>
        <translation>没有 ID 为 {guid} 的文档</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>没有 ID 为 {guid} 的代码</translation>
    </message>
    <message>
        <source>is in use by another program, which kept it locked for more than 5 seconds (an encryption, a restore or a long import); try again when it has finished</source>
        <translation>正被其他程序使用，且锁定超过 5 秒（加密、恢复或耗时的导入）；请在其完成后重试</translation>
    </message>
    <message>
        <source>the disk is full: this change was not saved (everything saved before is safe); free some space and try again</source>
        <translation>磁盘已满：此更改未保存（之前保存的内容都是安全的）；请释放一些空间后重试</translation>
    </message>
    <message>
        <source>cannot be written here (a read-only disk or folder): open it read-only, or copy it to a writable folder</source>
        <translation>无法在此写入（只读磁盘或文件夹）：请以只读方式打开，或将其复制到可写入的文件夹</translation>
    </message>
    <message>
        <source>the project file is damaged ({exc})</source>
        <translation>项目文件已损坏（{exc}）</translation>
    </message>
    <message>
        <source>a disk error stopped this change (the disk may be full, removed or failing); everything saved before is safe</source>
        <translation>磁盘错误中断了此更改（磁盘可能已满、被移除或出现故障）；之前保存的内容都是安全的</translation>
    </message>
    <message>
        <source>cannot open the file ({exc})</source>
        <translation>无法打开文件（{exc}）</translation>
    </message>
    <message>
        <source>the project could not be used ({exc})</source>
        <translation>无法使用该项目（{exc}）</translation>
    </message>
    <message>
        <source>refused: {problem}, which Testimony Annotator never writes: another program changed the file (it can still be opened read-only (annotator audit verify says what changed))</source>
        <translation>已拒绝：{problem}，Testimony Annotator 从不写入此类内容：文件已被其他程序更改（仍可以只读方式打开（annotator audit verify 会说明更改了什么））</translation>
    </message>
    <message>
        <source>refused: {problem}, which Testimony Annotator never writes: another program changed the file (open a backup, or ask who sent it)</source>
        <translation>已拒绝：{problem}，Testimony Annotator 从不写入此类内容：文件已被其他程序更改（请打开备份，或询问发送者）</translation>
    </message>
    <message>
        <source>it holds an index {name} on table {table}</source>
        <translation>其中有表 {table} 上的索引 {name}</translation>
    </message>
    <message>
        <source>it holds a trigger {name} on table {table}</source>
        <translation>其中有表 {table} 上的触发器 {name}</translation>
    </message>
    <message>
        <source>it holds a view {name}</source>
        <translation>其中有视图 {name}</translation>
    </message>
    <message>
        <source>its index {name} was rewritten</source>
        <translation>其索引 {name} 被改写</translation>
    </message>
    <message>
        <source>its trigger {name} was rewritten</source>
        <translation>其触发器 {name} 被改写</translation>
    </message>
    <message>
        <source>its view {name} was rewritten</source>
        <translation>其视图 {name} 被改写</translation>
    </message>
    <message>
        <source>its table {name} was rewritten</source>
        <translation>其表 {name} 被改写</translation>
    </message>
    <message>
        <source>refused: {what} took more than {steps:,} steps (a hostile or damaged file?)</source>
        <translation>已拒绝：{what}耗费了超过 {steps:,} 步（恶意或已损坏的文件？）</translation>
    </message>
    <message>
        <source>reading its schema</source>
        <translation>读取其模式</translation>
    </message>
    <message>
        <source>its schema holds more than {limit} entries</source>
        <translation>其模式包含超过 {limit} 个条目</translation>
    </message>
    <message>
        <source>its schema holds an entry larger than {limit} KB</source>
        <translation>其模式包含大于 {limit} KB 的条目</translation>
    </message>
    <message>
        <source>its schema table holds an entry that is not text</source>
        <translation>其模式表包含非文本条目</translation>
    </message>
    <message>
        <source>its table {name} is a {kind}</source>
        <translation>其表 {name} 是一个 {kind}</translation>
    </message>
    <message>
        <source>{name} is a virtual table</source>
        <translation>{name} 是虚拟表</translation>
    </message>
    <message>
        <source>its table {name} is missing</source>
        <translation>缺少其表 {name}</translation>
    </message>
    <message>
        <source>its table {name} has a computed column {column}</source>
        <translation>其表 {name} 有计算列 {column}</translation>
    </message>
    <message>
        <source>its table {name} lacks the column {column}</source>
        <translation>其表 {name} 缺少列 {column}</translation>
    </message>
    <message>
        <source>it holds an unknown SQLite table {name}</source>
        <translation>其中有未知的 SQLite 表 {name}</translation>
    </message>
    <message>
        <source>no value field with id {guid}</source>
        <translation>没有 ID 为 {guid} 的值字段</translation>
    </message>
</context>
<context>
    <name>CoreTranslations</name>
    <message>
        <source>{document!r} and {other!r} are not linked</source>
        <translation>{document!r} 与 {other!r} 未链接</translation>
    </message>
    <message>
        <source>a document cannot be its own translation</source>
        <translation>文档不能是自身的译文</translation>
    </message>
    <message>
        <source>{name!r} is already linked as the translation of {original!r}</source>
        <translation>{name!r} 已作为 {original!r} 的译文链接</translation>
    </message>
    <message>
        <source>{name!r} is itself a translation; link the translation to its original</source>
        <translation>{name!r} 本身是译文；请将译文链接到其原文</translation>
    </message>
    <message>
        <source>{name!r} has translations of its own, so it is an original</source>
        <translation>{name!r} 有自己的译文，因此它是原文</translation>
    </message>
    <message>
        <source>{name!r} is not linked as a translation</source>
        <translation>{name!r} 未作为译文链接</translation>
    </message>
    <message>
        <source>nothing aligned there: the passage is already unaligned</source>
        <translation>此处没有对齐的内容：该片段已未对齐</translation>
    </message>
    <message>
        <source>nothing is aligned with this passage on the other side; link the passages first</source>
        <translation>另一侧没有与此片段对齐的内容；请先互相链接片段</translation>
    </message>
</context>
<context>
    <name>CoreValues</name>
    <message>
        <source>unknown value kind {kind!r}; use one of {kinds}</source>
        <translation>未知的值类型 {kind!r}；请使用 {kinds} 之一</translation>
    </message>
    <message>
        <source>a value field needs a name</source>
        <translation>值字段需要名称</translation>
    </message>
    <message>
        <source>the choice field {name!r} needs its list of choices</source>
        <translation>选项字段 {name!r} 需要其选项列表</translation>
    </message>
    <message>
        <source>{currency} per night</source>
        <translation>{currency}（每晚）</translation>
    </message>
    <message>
        <source>{currency} per client</source>
        <translation>{currency}（每位客人）</translation>
    </message>
    <message>
        <source>{currency} per time</source>
        <translation>{currency}（每次）</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency}（每小时）</translation>
    </message>
    <message>
        <source>{currency} per day</source>
        <translation>{currency}（每天）</translation>
    </message>
    <message>
        <source>{currency} per week</source>
        <translation>{currency}（每周）</translation>
    </message>
    <message>
        <source>{currency} per month</source>
        <translation>{currency}（每月）</translation>
    </message>
    <message>
        <source>{currency} per year</source>
        <translation>{currency}（每年）</translation>
    </message>
    <message>
        <source>{amount} {currency} per night</source>
        <translation>每晚 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per client</source>
        <translation>每位客人 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per time</source>
        <translation>每次 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per hour</source>
        <translation>每小时 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per day</source>
        <translation>每天 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per week</source>
        <translation>每周 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per month</source>
        <translation>每月 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} {currency} per year</source>
        <translation>每年 {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} day</source>
        <translation>{amount} 天</translation>
    </message>
    <message>
        <source>{amount} days</source>
        <translation>{amount} 天</translation>
    </message>
    <message>
        <source>{amount} week</source>
        <translation>{amount} 周</translation>
    </message>
    <message>
        <source>{amount} weeks</source>
        <translation>{amount} 周</translation>
    </message>
    <message>
        <source>{amount} month</source>
        <translation>{amount} 个月</translation>
    </message>
    <message>
        <source>{amount} months</source>
        <translation>{amount} 个月</translation>
    </message>
    <message>
        <source>{amount} year</source>
        <translation>{amount} 年</translation>
    </message>
    <message>
        <source>{amount} years</source>
        <translation>{amount} 年</translation>
    </message>
    <message>
        <source>{name}: give a value (or skip it)</source>
        <translation>{name}：请输入一个值（或跳过）</translation>
    </message>
    <message>
        <source>{name}: {text!r} gives no figure; type the number or a range (e.g. 200-900)</source>
        <translation>{name}：{text!r} 没有给出数字；请输入数字或范围（例如 200-900）</translation>
    </message>
    <message>
        <source>{name}: {text!r} is not {expected}</source>
        <translation>{name}：{text!r} 不是{expected}</translation>
    </message>
    <message>
        <source>an amount with a currency (e.g. 25000 CNY, 400-500 yuan per night)</source>
        <translation>带货币的金额（例如 25000 CNY、400-500 yuan per night）</translation>
    </message>
    <message>
        <source>an age in years or a range (e.g. 19, 12-29, about 20)</source>
        <translation>以岁计的年龄或范围（例如 19、12-29、about 20）</translation>
    </message>
    <message>
        <source>a date, a month or a year, or a range (e.g. 2012-03-15, March 2012, 2010-2012)</source>
        <translation>日期、月份、年份或范围（例如 2012-03-15、March 2012、2010-2012）</translation>
    </message>
    <message>
        <source>a length of time (e.g. 3 months, 2 years, 10 days)</source>
        <translation>时长（例如 3 months、2 years、10 days）</translation>
    </message>
    <message>
        <source>a place name</source>
        <translation>地名</translation>
    </message>
    <message>
        <source>a whole number or a range (e.g. 3, 2-3)</source>
        <translation>整数或范围（例如 3、2-3）</translation>
    </message>
    <message>
        <source>one of the field&apos;s choices</source>
        <translation>该字段的选项之一</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>{name}: give the currency too (e.g. {fmt} CNY)</source>
        <translation>{name}：请同时给出货币（例如 {fmt} CNY）</translation>
    </message>
    <message>
        <source>{name}: an age is a whole number of years from 0 to {limit}</source>
        <translation>{name}：年龄是 0 到 {limit} 之间的整数（岁）</translation>
    </message>
    <message>
        <source>{name}: a count is a whole number (or a range of them)</source>
        <translation>{name}：数量是整数（或整数范围）</translation>
    </message>
    <message>
        <source>{name}: give the unit too (e.g. {fmt} months)</source>
        <translation>{name}：请同时给出单位（例如 {fmt} months）</translation>
    </message>
    <message>
        <source>{year} is not a year this program takes ({first}–{last})</source>
        <translation>{year} 不在本程序接受的年份范围内（{first}–{last}）</translation>
    </message>
    <message>
        <source>month {month} does not exist</source>
        <translation>不存在 {month} 月</translation>
    </message>
    <message>
        <source>{year:04d}-{month:02d} has no day {day}</source>
        <translation>{year:04d}-{month:02d} 没有第 {day} 天</translation>
    </message>
    <message>
        <source>{name}: the range ends before it starts ({first} – {last})</source>
        <translation>{name}：范围的结束早于开始（{first} – {last}）</translation>
    </message>
    <message>
        <source>{name}: choose one of: {choices}</source>
        <translation>{name}：请从以下选项中选择一个：{choices}</translation>
    </message>
</context>
<context>
    <name>CoreWarnings</name>
    <message>
        <source>no content warning named {name!r} (the project has: none)</source>
        <translation>没有名为 {name!r} 的内容警告（项目中没有内容警告）</translation>
    </message>
    <message>
        <source>no content warning named {name!r} (the project has: {known})</source>
        <translation>没有名为 {name!r} 的内容警告（项目中有：{known}）</translation>
    </message>
    <message>
        <source>the project already has a content warning named {name!r}</source>
        <translation>项目中已有名为 {name!r} 的内容警告</translation>
    </message>
    <message>
        <source>no content warning named {name!r}</source>
        <translation>没有名为 {name!r} 的内容警告</translation>
    </message>
    <message>
        <source>no document with id {guid}</source>
        <translation>没有 ID 为 {guid} 的文档</translation>
    </message>
    <message>
        <source>no code with id {guid}</source>
        <translation>没有 ID 为 {guid} 的代码</translation>
    </message>
    <message>
        <source>a content warning needs a name</source>
        <translation>内容警告需要名称</translation>
    </message>
    <message>
        <source>a content warning&apos;s name has at most {limit} characters</source>
        <translation>内容警告的名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>a content warning&apos;s name cannot hold control characters</source>
        <translation>内容警告的名称不能包含控制字符</translation>
    </message>
    <message>
        <source>a content warning&apos;s description has at most {limit} characters</source>
        <translation>内容警告的说明最多 {limit} 个字符</translation>
    </message>
</context>
</TS>
