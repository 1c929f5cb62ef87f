<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>语料检索(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every document: literal, whole word, regular expression or word forms</source>
        <translation>检索所有文档：文本、整词、正则表达式或词形</translation>
    </message>
</context>
<context>
    <name>CorpusSearch</name>
    <message>
        <source>Type something to search for.</source>
        <translation>请输入要检索的内容。</translation>
    </message>
    <message>
        <source>No document to search in.</source>
        <translation>没有可检索的文档。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>Reading the documents&apos; words (once): {done} of {total}…</source>
        <translation>正在分析文档词语（仅一次）：{done}/{total}…</translation>
    </message>
    <message>
        <source>%n hit in {documents} of {searched} documents.</source>
        <translation>在 {searched} 个文档中的 {documents} 个里找到 %n 处。</translation>
    </message>
    <message>
        <source>%n hits in {documents} of {searched} documents.</source>
        <translation>在 {searched} 个文档中的 {documents} 个里找到 %n 处。</translation>
    </message>
    <message>
        <source>Only the first {limit} are listed.</source>
        <translation>仅列出前 {limit} 处。</translation>
    </message>
    <message>
        <source>Code selected hits with</source>
        <translation>为所选结果编码</translation>
    </message>
    <message>
        <source>Coded %n passage with {code}.</source>
        <translation>已用 {code} 编码 %n 个片段。</translation>
    </message>
    <message>
        <source>Coded %n passages with {code}.</source>
        <translation>已用 {code} 编码 %n 个片段。</translation>
    </message>
    <message>
        <source>{skipped} already had it.</source>
        <translation>{skipped} 个已有该编码。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前文</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>After</source>
        <translation>后文</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>检索所有文档…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>检索方式</translation>
    </message>
    <message>
        <source>Word forms</source>
        <translation>词形</translation>
    </message>
    <message>
        <source>Every form of the word: 팔다 finds 팔아, 팔렸습니다 (not 팔 “arm”)</source>
        <translation>词的所有形式：팔다 可找到 팔아、팔렸습니다（不包括“手臂”팔）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The text as typed, anywhere, ignoring case</source>
        <translation>按输入内容，任意位置，忽略大小写</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>整词</translation>
    </message>
    <message>
        <source>The text as typed, not inside a longer word</source>
        <translation>按输入内容，不匹配更长词语的一部分</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>A Python regular expression (stopped if it runs too long)</source>
        <translation>Python 正则表达式（运行过久会停止）</translation>
    </message>
    <message>
        <source>Documents to search</source>
        <translation>检索范围</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>The open document</source>
        <translation>当前文档</translation>
    </message>
    <message>
        <source>Documents named…</source>
        <translation>按名称筛选文档…</translation>
    </message>
    <message>
        <source>Part of a document name</source>
        <translation>文档名称的一部分</translation>
    </message>
    <message>
        <source>Document name filter</source>
        <translation>文档名称筛选</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <source>Code selected hits with…</source>
        <translation>为所选结果编码…</translation>
    </message>
    <message>
        <source>Apply one code to every selected hit (one undo step)</source>
        <translation>为所有所选结果应用同一代码（一步撤销）</translation>
    </message>
</context>
</TS>
