<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CodeLabelsDialog</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Short definition</source>
        <translation>짧은 정의</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>정의</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>사용할 때</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>사용하지 않을 때</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Code labels in other languages</source>
        <translation>다른 언어의 코드 레이블</translation>
    </message>
    <message>
        <source>Language of the label</source>
        <translation>레이블 언어</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <source>Canonical (English)</source>
        <translation>기준 이름(영어)</translation>
    </message>
    <message>
        <source>Empty fields show the canonical text. The code keeps its canonical name in exports and on the command line.</source>
        <translation>빈 칸에는 기준 텍스트가 표시됩니다. 내보내기와 명령줄에서는 코드의 기준 이름이 그대로 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <source>Here / all</source>
        <translation>여기 / 전체</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>정의</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>사용할 때</translation>
    </message>
    <message>
        <source>When not to use</source>
        <translation>사용하지 않을 때</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>CodebookOps</name>
    <message>
        <source>{what} (Ctrl+Z undoes it).</source>
        <translation>{what} (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>그 코드</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>먼저 코드북에서 코드를 선택하세요.</translation>
    </message>
    <message>
        <source>Name of the new code under {path}:</source>
        <translation>{path} 아래 새 코드의 이름:</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>새 코드의 이름:</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>코드 추가</translation>
    </message>
    <message>
        <source>Added the code {path}</source>
        <translation>코드 {path}을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>코드 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name (the canonical one; labels in other languages stay):</source>
        <translation>새 이름(기준 이름이며, 다른 언어의 레이블은 그대로 유지됩니다):</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>{old}의 이름을 {new}(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <source>Recoloured {path}</source>
        <translation>{path}의 색상을 바꿨습니다</translation>
    </message>
    <message>
        <source>The codes in every group already have distinct colours.</source>
        <translation>모든 그룹의 코드가 이미 서로 다른 색상입니다.</translation>
    </message>
    <message>
        <source>Recoloured %n code in every group; Ctrl+Z restores their colours.</source>
        <translation>모든 그룹에서 코드 %n개의 색상을 바꿨습니다. Ctrl+Z로 원래 색상을 되돌립니다.</translation>
    </message>
    <message>
        <source>Recoloured %n codes in every group; Ctrl+Z restores their colours.</source>
        <translation>모든 그룹에서 코드 %n개의 색상을 바꿨습니다. Ctrl+Z로 원래 색상을 되돌립니다.</translation>
    </message>
    <message>
        <source>The codes under {path} already have distinct colours.</source>
        <translation>{path} 아래 코드가 이미 서로 다른 색상입니다.</translation>
    </message>
    <message>
        <source>Recoloured %n code under {path}; Ctrl+Z restores their colours.</source>
        <translation>{path} 아래 코드 %n개의 색상을 바꿨습니다. Ctrl+Z로 원래 색상을 되돌립니다.</translation>
    </message>
    <message>
        <source>Recoloured %n codes under {path}; Ctrl+Z restores their colours.</source>
        <translation>{path} 아래 코드 %n개의 색상을 바꿨습니다. Ctrl+Z로 원래 색상을 되돌립니다.</translation>
    </message>
    <message>
        <source>Code shortcut</source>
        <translation>코드 단축키</translation>
    </message>
    <message>
        <source>Key that applies this code while you read (1–9, a letter, or e.g. Ctrl+Alt+T).
Leave empty to remove the shortcut; a key used by another code moves to this one.</source>
        <translation>읽는 중에 이 코드를 적용할 키(1–9, 문자 하나, 또는 Ctrl+Alt+T 같은 조합).
비워 두면 단축키가 지워지고, 다른 코드가 쓰던 키는 이 코드로 옮겨집니다.</translation>
    </message>
    <message>
        <source>“{text}” is not a key Qt understands.</source>
        <translation>“{text}”은(는) Qt가 인식하는 키가 아닙니다.</translation>
    </message>
    <message>
        <source>Key {key} now applies {path}</source>
        <translation>이제 {key} 키로 {path}을(를) 적용합니다</translation>
    </message>
    <message>
        <source>{path} has no key any more</source>
        <translation>{path}에 더 이상 단축키가 없습니다</translation>
    </message>
    <message>
        <source>This project is open read-only; fields cannot be changed.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 필드를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Move {path} under…</source>
        <translation>{path}을(를) 옮길 위치…</translation>
    </message>
    <message>
        <source>Moved the code to {path}</source>
        <translation>코드를 {path}(으)로 옮겼습니다</translation>
    </message>
    <message>
        <source>Merged {path} into {target}; %n coding moved</source>
        <translation>{path}을(를) {target}에 병합했습니다. 코딩 %n개가 옮겨졌습니다</translation>
    </message>
    <message>
        <source>Merged {path} into {target}; %n codings moved</source>
        <translation>{path}을(를) {target}에 병합했습니다. 코딩 %n개가 옮겨졌습니다</translation>
    </message>
    <message>
        <source>Merge {path} into…</source>
        <translation>{path}을(를) 병합할 대상…</translation>
    </message>
    <message>
        <source>Delete the code “{path}”?</source>
        <translation>코드 “{path}”을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the code “{path}” and its sub-code?</source>
        <translation>코드 “{path}”와(과) 그 하위 코드를 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the code “{path}” and its %n sub-codes?</source>
        <translation>코드 “{path}”와(과) 하위 코드 %n개를 삭제할까요?</translation>
    </message>
    <message>
        <source>%n coding will be deleted with it.</source>
        <translation>코딩 %n개도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>%n codings will be deleted with it.</source>
        <translation>코딩 %n개도 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>코드 삭제</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>자동 코딩</translation>
    </message>
    <message>
        <source>Code every match of this regular expression in every document with
{path} (one undo step):</source>
        <translation>모든 문서에서 이 정규식과 일치하는 곳을 모두 다음 코드로 코딩합니다
{path} (한 번에 실행 취소):</translation>
    </message>
    <message>
        <source>Auto-coded the matches with {path}</source>
        <translation>일치하는 곳을 {path}(으)로 자동 코딩했습니다</translation>
    </message>
    <message>
        <source>Auto-coded %n passage with {path}</source>
        <translation>구절 %n개를 {path}(으)로 자동 코딩했습니다</translation>
    </message>
    <message>
        <source>Auto-coded %n passages with {path}</source>
        <translation>구절 %n개를 {path}(으)로 자동 코딩했습니다</translation>
    </message>
    <message>
        <source>This project is open read-only; labels cannot be changed.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 레이블을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Added or completed %n label from the default codebook</source>
        <translation>기본 코드북에서 레이블 %n개를 추가하거나 채웠습니다</translation>
    </message>
    <message>
        <source>Added or completed %n labels from the default codebook</source>
        <translation>기본 코드북에서 레이블 %n개를 추가하거나 채웠습니다</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>English (canonical names)</source>
        <translation>영어(기준 이름)</translation>
    </message>
    <message>
        <source>Code names are shown in: {language}</source>
        <translation>코드 이름 표시 언어: {language}</translation>
    </message>
    <message>
        <source>Deleted the code {path} and %n coding</source>
        <translation>코드 {path}와(과) 코딩 %n개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Deleted the code {path} and %n codings</source>
        <translation>코드 {path}와(과) 코딩 %n개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Deleted the code {path}, its sub-codes and %n coding</source>
        <translation>코드 {path}와(과) 그 하위 코드, 코딩 %n개를 삭제했습니다</translation>
    </message>
    <message>
        <source>Deleted the code {path}, its sub-codes and %n codings</source>
        <translation>코드 {path}와(과) 그 하위 코드, 코딩 %n개를 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <source>Filter codes  (Ctrl+L)</source>
        <translation>코드 필터  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>코드 필터</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Code definition</source>
        <translation>코드 정의</translation>
    </message>
    <message>
        <source>Select a code to read its definition.</source>
        <translation>코드를 선택하면 정의가 표시됩니다.</translation>
    </message>
    <message>
        <source>{here} codings in this document, {total} in all</source>
        <translation>이 문서의 코딩 {here}개, 전체 {total}개</translation>
    </message>
    <message>
        <source>No code matches &apos;{text}&apos;.</source>
        <translation>&apos;{text}&apos;와(과) 일치하는 코드가 없습니다.</translation>
    </message>
</context>
</TS>
