<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>Link to &amp;translation…</source>
        <translation>번역본 연결(&amp;T)…</translation>
    </message>
    <message>
        <source>Link the open document to its translation and align them by sentence</source>
        <translation>열린 문서를 번역본과 연결하고 문장 단위로 정렬합니다</translation>
    </message>
    <message>
        <source>&amp;Side by side with translation</source>
        <translation>번역본과 나란히 보기(&amp;S)</translation>
    </message>
    <message>
        <source>The original and its translation, aligned, scrolling together</source>
        <translation>원문과 번역본을 정렬하여 함께 스크롤합니다</translation>
    </message>
    <message>
        <source>&amp;Mirror coding to translation</source>
        <translation>번역본에 코딩 반영(&amp;M)</translation>
    </message>
    <message>
        <source>The same code on the aligned passage of the linked document</source>
        <translation>연결된 문서의 정렬된 구절에 같은 코드를 적용합니다</translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>There is no other document to link.</source>
        <translation>연결할 다른 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Link to translation</source>
        <translation>번역본 연결</translation>
    </message>
    <message>
        <source>Translation of the open document:</source>
        <translation>열린 문서의 번역본:</translation>
    </message>
    <message>
        <source>Linked {name}: {aligned} aligned, {unaligned} unaligned.</source>
        <translation>{name} 연결됨: 정렬 {aligned}개, 미정렬 {unaligned}개.</translation>
    </message>
    <message>
        <source>This document is linked to no translation: Edit → Link to translation…</source>
        <translation>이 문서에 연결된 번역본이 없습니다: 편집 → 번역본 연결…</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Which translation?</source>
        <translation>어느 번역본입니까?</translation>
    </message>
    <message>
        <source>Mirrored the coding onto the linked document.</source>
        <translation>연결된 문서에 코딩을 반영했습니다.</translation>
    </message>
    <message>
        <source>Nothing is aligned with this passage: select a passage on each side, then Link these.</source>
        <translation>이 구절과 정렬된 부분이 없습니다: 양쪽에서 구절을 하나씩 선택한 뒤 &apos;서로 연결&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>{original} ↔ {translation} — side by side</source>
        <translation>{original} ↔ {translation} — 나란히 보기</translation>
    </message>
    <message>
        <source>Original: {name}</source>
        <translation>원문: {name}</translation>
    </message>
    <message>
        <source>Translation: {name}</source>
        <translation>번역본: {name}</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역본</translation>
    </message>
    <message>
        <source>&amp;Link these</source>
        <translation>서로 연결(&amp;L)</translation>
    </message>
    <message>
        <source>The passages selected on each side translate each other (Ctrl+L)</source>
        <translation>양쪽에서 선택한 구절을 서로의 번역으로 연결합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>The selected passages lose their partner and are marked unaligned (Ctrl+U)</source>
        <translation>선택한 구절의 짝을 해제하고 미정렬로 표시합니다 (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Mirror coding</source>
        <translation>코딩 반영(&amp;M)</translation>
    </message>
    <message>
        <source>The clicked coding&apos;s code on the aligned passage opposite (Ctrl+Shift+M)</source>
        <translation>클릭한 코딩의 코드를 맞은편의 정렬된 구절에 적용합니다 (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>{aligned} aligned passages, {unaligned} unaligned parts</source>
        <translation>정렬된 구절 {aligned}개, 미정렬 부분 {unaligned}개</translation>
    </message>
    <message>
        <source>Select a passage on each side first, then Link these.</source>
        <translation>먼저 양쪽에서 구절을 하나씩 선택한 뒤 &apos;서로 연결&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>Linked the two passages.</source>
        <translation>두 구절을 연결했습니다.</translation>
    </message>
    <message>
        <source>Unlinked: both passages are now marked unaligned.</source>
        <translation>연결 해제됨: 두 구절 모두 미정렬로 표시됩니다.</translation>
    </message>
    <message>
        <source>Nothing aligned there: the passage is already unaligned.</source>
        <translation>정렬된 부분이 없습니다: 이 구절은 이미 미정렬입니다.</translation>
    </message>
    <message>
        <source>Click a coding first, then Mirror coding.</source>
        <translation>먼저 코딩을 클릭한 뒤 &apos;코딩 반영&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>Mirrored the coding onto the other side.</source>
        <translation>맞은편에 코딩을 반영했습니다.</translation>
    </message>
</context>
</TS>
