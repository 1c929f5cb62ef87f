<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>말뭉치 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Search every document: literal, whole word, regular expression or word forms</source>
        <translation>모든 문서 검색: 텍스트, 단어 단위, 정규식 또는 어형</translation>
    </message>
</context>
<context>
    <name>CorpusSearch</name>
    <message>
        <source>Type something to search for.</source>
        <translation>검색할 내용을 입력하십시오.</translation>
    </message>
    <message>
        <source>No document to search in.</source>
        <translation>검색할 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Reading the documents&apos; words (once): {done} of {total}…</source>
        <translation>문서의 단어 분석 중(최초 1회): {done}/{total}…</translation>
    </message>
    <message>
        <source>%n hit in {documents} of {searched} documents.</source>
        <translation>문서 {searched}개 중 {documents}개에서 %n건 찾음.</translation>
    </message>
    <message>
        <source>%n hits in {documents} of {searched} documents.</source>
        <translation>문서 {searched}개 중 {documents}개에서 %n건 찾음.</translation>
    </message>
    <message>
        <source>Only the first {limit} are listed.</source>
        <translation>처음 {limit}건만 표시합니다.</translation>
    </message>
    <message>
        <source>Code selected hits with</source>
        <translation>선택한 검색 결과에 적용할 코드</translation>
    </message>
    <message>
        <source>Coded %n passage with {code}.</source>
        <translation>구절 %n개를 {code}(으)로 코딩했습니다.</translation>
    </message>
    <message>
        <source>Coded %n passages with {code}.</source>
        <translation>구절 %n개를 {code}(으)로 코딩했습니다.</translation>
    </message>
    <message>
        <source>{skipped} already had it.</source>
        <translation>{skipped}개는 이미 코딩되어 있었습니다.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>앞 문맥</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>After</source>
        <translation>뒤 문맥</translation>
    </message>
    <message>
        <source>Search all documents…</source>
        <translation>모든 문서 검색…</translation>
    </message>
    <message>
        <source>Search query</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>검색 방식</translation>
    </message>
    <message>
        <source>Word forms</source>
        <translation>어형</translation>
    </message>
    <message>
        <source>Every form of the word: 팔다 finds 팔아, 팔렸습니다 (not 팔 “arm”)</source>
        <translation>단어의 모든 활용형: ‘팔다’로 ‘팔아’, ‘팔렸습니다’를 찾습니다(신체 부위 ‘팔’은 제외)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>The text as typed, anywhere, ignoring case</source>
        <translation>입력한 그대로, 어디서나, 대소문자 무시</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>단어 단위</translation>
    </message>
    <message>
        <source>The text as typed, not inside a longer word</source>
        <translation>입력한 그대로, 더 긴 단어의 일부는 제외</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>A Python regular expression (stopped if it runs too long)</source>
        <translation>Python 정규식(너무 오래 걸리면 중단)</translation>
    </message>
    <message>
        <source>Documents to search</source>
        <translation>검색할 문서</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <source>The open document</source>
        <translation>열린 문서</translation>
    </message>
    <message>
        <source>Documents named…</source>
        <translation>이름으로 고른 문서…</translation>
    </message>
    <message>
        <source>Part of a document name</source>
        <translation>문서 이름의 일부</translation>
    </message>
    <message>
        <source>Document name filter</source>
        <translation>문서 이름 필터</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Code selected hits with…</source>
        <translation>선택한 결과 코딩…</translation>
    </message>
    <message>
        <source>Apply one code to every selected hit (one undo step)</source>
        <translation>선택한 모든 결과에 코드 하나 적용(한 번에 실행 취소)</translation>
    </message>
</context>
</TS>
