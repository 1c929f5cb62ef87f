<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>Link to &amp;translation…</source>
        <translation>链接译文(&amp;T)…</translation>
    </message>
    <message>
        <source>Link the open document to its translation and align them by sentence</source>
        <translation>将当前文档与其译文链接，并按句子对齐</translation>
    </message>
    <message>
        <source>&amp;Side by side with translation</source>
        <translation>与译文并排显示(&amp;S)</translation>
    </message>
    <message>
        <source>The original and its translation, aligned, scrolling together</source>
        <translation>原文与译文对齐显示，同步滚动</translation>
    </message>
    <message>
        <source>&amp;Mirror coding to translation</source>
        <translation>将编码映射到译文(&amp;M)</translation>
    </message>
    <message>
        <source>The same code on the aligned passage of the linked document</source>
        <translation>在链接文档的对齐片段上应用相同代码</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>There is no other document to link.</source>
        <translation>没有可链接的其他文档。</translation>
    </message>
    <message>
        <source>Link to translation</source>
        <translation>链接译文</translation>
    </message>
    <message>
        <source>Translation of the open document:</source>
        <translation>当前文档的译文：</translation>
    </message>
    <message>
        <source>Linked {name}: {aligned} aligned, {unaligned} unaligned.</source>
        <translation>已链接 {name}：已对齐 {aligned} 处，未对齐 {unaligned} 处。</translation>
    </message>
    <message>
        <source>This document is linked to no translation: Edit → Link to translation…</source>
        <translation>此文档未链接任何译文：编辑 → 链接译文…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <source>Which translation?</source>
        <translation>哪个译文？</translation>
    </message>
    <message>
        <source>Mirrored the coding onto the linked document.</source>
        <translation>已将编码映射到链接的文档。</translation>
    </message>
    <message>
        <source>Nothing is aligned with this passage: select a passage on each side, then Link these.</source>
        <translation>此片段没有对齐的内容：请在两侧各选一个片段，然后点击“互相链接”。</translation>
    </message>
    <message>
        <source>{original} ↔ {translation} — side by side</source>
        <translation>{original} ↔ {translation} — 并排显示</translation>
    </message>
    <message>
        <source>Original: {name}</source>
        <translation>原文：{name}</translation>
    </message>
    <message>
        <source>Translation: {name}</source>
        <translation>译文：{name}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>&amp;Link these</source>
        <translation>互相链接(&amp;L)</translation>
    </message>
    <message>
        <source>The passages selected on each side translate each other (Ctrl+L)</source>
        <translation>将两侧选中的片段链接为彼此的译文 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消链接(&amp;U)</translation>
    </message>
    <message>
        <source>The selected passages lose their partner and are marked unaligned (Ctrl+U)</source>
        <translation>取消所选片段的配对，并标记为未对齐 (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Mirror coding</source>
        <translation>映射编码(&amp;M)</translation>
    </message>
    <message>
        <source>The clicked coding&apos;s code on the aligned passage opposite (Ctrl+Shift+M)</source>
        <translation>将所点击编码的代码应用到对侧的对齐片段 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>{aligned} aligned passages, {unaligned} unaligned parts</source>
        <translation>已对齐片段 {aligned} 处，未对齐部分 {unaligned} 处</translation>
    </message>
    <message>
        <source>Select a passage on each side first, then Link these.</source>
        <translation>请先在两侧各选一个片段，然后点击“互相链接”。</translation>
    </message>
    <message>
        <source>Linked the two passages.</source>
        <translation>已链接这两个片段。</translation>
    </message>
    <message>
        <source>Unlinked: both passages are now marked unaligned.</source>
        <translation>已取消链接：两个片段现均标记为未对齐。</translation>
    </message>
    <message>
        <source>Nothing aligned there: the passage is already unaligned.</source>
        <translation>此处没有对齐内容：该片段已是未对齐状态。</translation>
    </message>
    <message>
        <source>Click a coding first, then Mirror coding.</source>
        <translation>请先点击一个编码，然后点击“映射编码”。</translation>
    </message>
    <message>
        <source>Mirrored the coding onto the other side.</source>
        <translation>已将编码映射到对侧。</translation>
    </message>
</context>
</TS>
