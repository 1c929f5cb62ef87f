<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeLabelsDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short definition</source>
        <translation>简短定义</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>不适用情形</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Code labels in other languages</source>
        <translation>其他语言的代码标签</translation>
    </message>
    <message>
        <source>Language of the label</source>
        <translation>标签语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Canonical (English)</source>
        <translation>规范名称（英文）</translation>
    </message>
    <message>
        <source>Empty fields show the canonical text. The code keeps its canonical name in exports and on the command line.</source>
        <translation>留空的字段显示规范文本。导出和命令行中代码仍使用其规范名称。</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Here / all</source>
        <translation>本文档 / 全部</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>不适用情形</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>CodebookOps</name>
    <message>
        <source>{what} (Ctrl+Z undoes it).</source>
        <translation>{what}（按 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>该代码</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>请先在代码本中选择一个代码。</translation>
    </message>
    <message>
        <source>Name of the new code under {path}:</source>
        <translation>{path} 下新代码的名称：</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>新代码的名称：</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>添加代码</translation>
    </message>
    <message>
        <source>Added the code {path}</source>
        <translation>已添加代码 {path}</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>重命名代码</translation>
    </message>
    <message>
        <source>New name (the canonical one; labels in other languages stay):</source>
        <translation>新名称（规范名称；其他语言的标签保持不变）：</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>已将 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>代码颜色</translation>
    </message>
    <message>
        <source>Recoloured {path}</source>
        <translation>已更改 {path} 的颜色</translation>
    </message>
    <message>
        <source>The codes in every group already have distinct colours.</source>
        <translation>所有组中的代码颜色已各不相同。</translation>
    </message>
    <message>
        <source>Recoloured %n code in every group; Ctrl+Z restores their colours.</source>
        <translation>已更改所有组中 %n 个代码的颜色；按 Ctrl+Z 恢复原来的颜色。</translation>
    </message>
    <message>
        <source>Recoloured %n codes in every group; Ctrl+Z restores their colours.</source>
        <translation>已更改所有组中 %n 个代码的颜色；按 Ctrl+Z 恢复原来的颜色。</translation>
    </message>
    <message>
        <source>The codes under {path} already have distinct colours.</source>
        <translation>{path} 下的代码颜色已各不相同。</translation>
    </message>
    <message>
        <source>Recoloured %n code under {path}; Ctrl+Z restores their colours.</source>
        <translation>已更改 {path} 下 %n 个代码的颜色；按 Ctrl+Z 恢复原来的颜色。</translation>
    </message>
    <message>
        <source>Recoloured %n codes under {path}; Ctrl+Z restores their colours.</source>
        <translation>已更改 {path} 下 %n 个代码的颜色；按 Ctrl+Z 恢复原来的颜色。</translation>
    </message>
    <message>
        <source>Code shortcut</source>
        <translation>代码快捷键</translation>
    </message>
    <message>
        <source>Key that applies this code while you read (1–9, a letter, or e.g. Ctrl+Alt+T).
Leave empty to remove the shortcut; a key used by another code moves to this one.</source>
        <translation>阅读时应用此代码的按键（1–9、一个字母，或如 Ctrl+Alt+T）。
留空则删除快捷键；其他代码使用的按键将移到此代码。</translation>
    </message>
    <message>
        <source>“{text}” is not a key Qt understands.</source>
        <translation>“{text}”不是 Qt 能识别的按键。</translation>
    </message>
    <message>
        <source>Key {key} now applies {path}</source>
        <translation>按键 {key} 现在应用 {path}</translation>
    </message>
    <message>
        <source>{path} has no key any more</source>
        <translation>{path} 不再有快捷键</translation>
    </message>
    <message>
        <source>This project is open read-only; fields cannot be changed.</source>
        <translation>此项目以只读方式打开，无法更改字段。</translation>
    </message>
    <message>
        <source>Move {path} under…</source>
        <translation>将 {path} 移到…之下</translation>
    </message>
    <message>
        <source>Moved the code to {path}</source>
        <translation>已将代码移到 {path}</translation>
    </message>
    <message>
        <source>Merged {path} into {target}; %n coding moved</source>
        <translation>已将 {path} 合并到 {target}；移动了 %n 个编码</translation>
    </message>
    <message>
        <source>Merged {path} into {target}; %n codings moved</source>
        <translation>已将 {path} 合并到 {target}；移动了 %n 个编码</translation>
    </message>
    <message>
        <source>Merge {path} into…</source>
        <translation>将 {path} 合并到…</translation>
    </message>
    <message>
        <source>Delete the code “{path}”?</source>
        <translation>删除代码“{path}”？</translation>
    </message>
    <message>
        <source>Delete the code “{path}” and its sub-code?</source>
        <translation>删除代码“{path}”及其子代码？</translation>
    </message>
    <message>
        <source>Delete the code “{path}” and its %n sub-codes?</source>
        <translation>删除代码“{path}”及其 %n 个子代码？</translation>
    </message>
    <message>
        <source>%n coding will be deleted with it.</source>
        <translation>%n 个编码将一并删除。</translation>
    </message>
    <message>
        <source>%n codings will be deleted with it.</source>
        <translation>%n 个编码将一并删除。</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>自动编码</translation>
    </message>
    <message>
        <source>Code every match of this regular expression in every document with
{path} (one undo step):</source>
        <translation>在所有文档中将此正则表达式的每个匹配编码为
{path}（一步撤销）：</translation>
    </message>
    <message>
        <source>Auto-coded the matches with {path}</source>
        <translation>已用 {path} 自动编码匹配内容</translation>
    </message>
    <message>
        <source>Auto-coded %n passage with {path}</source>
        <translation>已用 {path} 自动编码 %n 个片段</translation>
    </message>
    <message>
        <source>Auto-coded %n passages with {path}</source>
        <translation>已用 {path} 自动编码 %n 个片段</translation>
    </message>
    <message>
        <source>This project is open read-only; labels cannot be changed.</source>
        <translation>此项目以只读方式打开，无法更改标签。</translation>
    </message>
    <message>
        <source>Added or completed %n label from the default codebook</source>
        <translation>已从默认代码本添加或补全 %n 个标签</translation>
    </message>
    <message>
        <source>Added or completed %n labels from the default codebook</source>
        <translation>已从默认代码本添加或补全 %n 个标签</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>English (canonical names)</source>
        <translation>英文（规范名称）</translation>
    </message>
    <message>
        <source>Code names are shown in: {language}</source>
        <translation>代码名称显示语言：{language}</translation>
    </message>
    <message>
        <source>Deleted the code {path} and %n coding</source>
        <translation>已删除代码 {path} 及 %n 个编码</translation>
    </message>
    <message>
        <source>Deleted the code {path} and %n codings</source>
        <translation>已删除代码 {path} 及 %n 个编码</translation>
    </message>
    <message>
        <source>Deleted the code {path}, its sub-codes and %n coding</source>
        <translation>已删除代码 {path}、其子代码及 %n 个编码</translation>
    </message>
    <message>
        <source>Deleted the code {path}, its sub-codes and %n codings</source>
        <translation>已删除代码 {path}、其子代码及 %n 个编码</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Filter codes  (Ctrl+L)</source>
        <translation>筛选代码  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>筛选代码</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Code definition</source>
        <translation>代码定义</translation>
    </message>
    <message>
        <source>Select a code to read its definition.</source>
        <translation>选择一个代码以查看其定义。</translation>
    </message>
    <message>
        <source>{here} codings in this document, {total} in all</source>
        <translation>本文档 {here} 个编码，共 {total} 个</translation>
    </message>
    <message>
        <source>No code matches &apos;{text}&apos;.</source>
        <translation>没有与“{text}”匹配的代码。</translation>
    </message>
</context>
</TS>
