<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>코드 적용</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>코딩 삭제</translation>
    </message>
    <message>
        <source>Re-code coding</source>
        <translation>코딩의 코드 변경</translation>
    </message>
    <message>
        <source>Re-code codings</source>
        <translation>여러 코딩의 코드 변경</translation>
    </message>
    <message>
        <source>Edit coding memo</source>
        <translation>코딩 메모 편집</translation>
    </message>
    <message>
        <source>Resize coding</source>
        <translation>코딩 범위 조정</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>인비보 코드</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>코드 이름 바꾸기</translation>
    </message>
    <message>
        <source>Recolour code</source>
        <translation>코드 색 바꾸기</translation>
    </message>
    <message>
        <source>Set shortcut of code</source>
        <translation>코드 단축키 설정</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>코드 편집</translation>
    </message>
    <message>
        <source>Recolour siblings</source>
        <translation>같은 단계 코드 색 바꾸기</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>코드 이동</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>코드 삭제</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>코드 병합</translation>
    </message>
    <message>
        <source>Add value field</source>
        <translation>값 필드 추가</translation>
    </message>
    <message>
        <source>Edit value field</source>
        <translation>값 필드 편집</translation>
    </message>
    <message>
        <source>Delete value field</source>
        <translation>값 필드 삭제</translation>
    </message>
    <message>
        <source>Set values</source>
        <translation>값 입력</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>속성 설정</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>속성 편집</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>사례 추가</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>사례 편집</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>사례 삭제</translation>
    </message>
    <message>
        <source>Link documents to case</source>
        <translation>사례에 문서 연결</translation>
    </message>
    <message>
        <source>Unlink documents from case</source>
        <translation>사례에서 문서 연결 해제</translation>
    </message>
    <message>
        <source>Link passages to case</source>
        <translation>사례에 구절 연결</translation>
    </message>
    <message>
        <source>Unlink passages from case</source>
        <translation>사례에서 구절 연결 해제</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>사례 병합</translation>
    </message>
    <message>
        <source>Only own codings may change</source>
        <translation>자기 코딩만 변경 허용</translation>
    </message>
    <message>
        <source>Anyone may change codings</source>
        <translation>누구나 코딩 변경 허용</translation>
    </message>
    <message>
        <source>Edit pseudonyms</source>
        <translation>가명 편집</translation>
    </message>
    <message>
        <source>Accept neither version</source>
        <translation>두 버전 모두 채택 안 함</translation>
    </message>
    <message>
        <source>Edit code label</source>
        <translation>코드 레이블 편집</translation>
    </message>
    <message>
        <source>Add codebook labels</source>
        <translation>코드북 레이블 추가</translation>
    </message>
    <message>
        <source>Show code labels</source>
        <translation>코드 레이블 표시</translation>
    </message>
    <message>
        <source>Link translation</source>
        <translation>번역본 연결</translation>
    </message>
    <message>
        <source>Unlink translation</source>
        <translation>번역본 연결 해제</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>구절 연결</translation>
    </message>
    <message>
        <source>Add content warning</source>
        <translation>내용 경고 추가</translation>
    </message>
    <message>
        <source>Edit content warning</source>
        <translation>내용 경고 편집</translation>
    </message>
    <message>
        <source>Remove content warning</source>
        <translation>내용 경고 제거</translation>
    </message>
    <message>
        <source>Set document warnings</source>
        <translation>문서 내용 경고 설정</translation>
    </message>
    <message>
        <source>Set code warnings</source>
        <translation>코드 내용 경고 설정</translation>
    </message>
    <message>
        <source>Unlink passages</source>
        <translation>구절 연결 해제</translation>
    </message>
    <message>
        <source>Mirror coding</source>
        <translation>코딩 반영</translation>
    </message>
    <message>
        <source>Add code “{name}”</source>
        <translation>코드 “{name}” 추가</translation>
    </message>
    <message>
        <source>Auto-code /{pattern}/</source>
        <translation>자동 코딩 /{pattern}/</translation>
    </message>
    <message>
        <source>Accept {name}&apos;s version</source>
        <translation>{name}의 버전 채택</translation>
    </message>
    <message>
        <source>Remove %n codings</source>
        <translation>코딩 %n개 삭제</translation>
    </message>
    <message>
        <source>Code %n passages</source>
        <translation>구절 %n개 코딩</translation>
    </message>
    <message>
        <source>Cannot undo “{step}”: {reason}</source>
        <translation>“{step}”을(를) 실행 취소할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Cannot redo “{step}”: {reason}</source>
        <translation>“{step}”을(를) 다시 실행할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Could not undo “{step}”; nothing was changed.</source>
        <translation>“{step}” 실행 취소에 실패했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>Could not redo “{step}”; nothing was changed.</source>
        <translation>“{step}” 다시 실행에 실패했습니다. 바뀐 것은 없습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>Trafficking typology (default)</source>
        <translation>인신매매 유형 분류 (기본값)</translation>
    </message>
    <message>
        <source>Empty codebook</source>
        <translation>빈 코드북</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>another window of this program</source>
        <translation>이 프로그램의 다른 창</translation>
    </message>
    <message>
        <source>Who is coding?</source>
        <translation>누가 코딩합니까?</translation>
    </message>
    <message>
        <source>Your name as a coder (recorded with every coding you make).
Cancel opens the project read-only.</source>
        <translation>코더로 쓸 이름 (만드는 모든 코딩에 기록됩니다).
취소하면 프로젝트가 읽기 전용으로 열립니다.</translation>
    </message>
    <message>
        <source>No coder name given: the project is open read-only (Team → Switch coder to choose one).</source>
        <translation>코더 이름이 없어 프로젝트를 읽기 전용으로 열었습니다 (팀 → 코더 전환에서 선택하세요).</translation>
    </message>
    <message>
        <source>Opened read-only: the project is on a read-only disk or in a folder you cannot write to.</source>
        <translation>읽기 전용으로 열었습니다: 프로젝트가 읽기 전용 디스크나 쓰기 권한이 없는 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>Opened read-only: {reason}.</source>
        <translation>읽기 전용으로 열었습니다: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Upgraded the project; the old file is kept as {name}.</source>
        <translation>프로젝트를 업그레이드했습니다. 이전 파일은 {name}(으)로 보관됩니다.</translation>
    </message>
    <message>
        <source>Removed {name}, an unfinished copy left by an interrupted conversion.</source>
        <translation>중단된 변환이 남긴 미완성 사본 {name}을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Not opened.</source>
        <translation>열지 않았습니다.</translation>
    </message>
    <message>
        <source>Not opened. {name} is still open.</source>
        <translation>열지 않았습니다. {name}이(가) 계속 열려 있습니다.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path}이(가) 이미 있습니다. 새 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Start with which codebook?</source>
        <translation>어떤 코드북으로 시작할까요?</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>사본 저장</translation>
    </message>
    <message>
        <source>Saved a copy as {path}.</source>
        <translation>사본을 {path}(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>Open a project (not read-only) to import documents.</source>
        <translation>문서를 가져오려면 프로젝트를 (읽기 전용이 아닌 상태로) 여세요.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>이미 가져오는 중입니다.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} 가져오는 중…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>마무리하는 중…</translation>
    </message>
    <message>
        <source>Import: {summary}.</source>
        <translation>가져오기: {summary}.</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>REFI-QDA 프로젝트 가져오기</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>속성 편집</translation>
    </message>
    <message>
        <source>{count} saved (Ctrl+Z undoes it).</source>
        <translation>{count}을(를) 저장했습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>This project is open read-only; changes are not possible.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 변경할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SegmentPreview</name>
    <message>
        <source>Whole passage of the current segment</source>
        <translation>현재 구절의 전체 내용</translation>
    </message>
    <message>
        <source>Select a segment to read its whole passage here.</source>
        <translation>구절을 선택하면 여기에서 전체 내용을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Press Space in the table, or click the passage, to reveal it.</source>
        <translation>표에서 Space를 누르거나 구절을 클릭하면 보입니다.</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <source>… {n} more character</source>
        <translation>… {n}자 더 있음</translation>
    </message>
    <message>
        <source>… {n} more characters</source>
        <translation>… {n}자 더 있음</translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Show segments of coder</source>
        <translation>이 코더의 구절 보기</translation>
    </message>
    <message>
        <source>Show segments in document</source>
        <translation>이 문서의 구절 보기</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>코더(&amp;O):</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>문서(&amp;U):</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>코딩된 구절</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>%n segment of case {case}</source>
        <translation>사례 {case}의 구절 %n개</translation>
    </message>
    <message>
        <source>%n segments of case {case}</source>
        <translation>사례 {case}의 구절 %n개</translation>
    </message>
    <message>
        <source>%n segment of the selected codes</source>
        <translation>선택한 코드의 구절 %n개</translation>
    </message>
    <message>
        <source>%n segments of the selected codes</source>
        <translation>선택한 코드의 구절 %n개</translation>
    </message>
    <message>
        <source>%n segment in this document</source>
        <translation>이 문서의 구절 %n개</translation>
    </message>
    <message>
        <source>%n segments in this document</source>
        <translation>이 문서의 구절 %n개</translation>
    </message>
</context>
<context>
    <name>ValuesController</name>
    <message>
        <source>Click a highlight (or select a segment) to choose the passage.</source>
        <translation>강조 표시를 클릭하거나 구절을 선택해 대상 구절을 고르세요.</translation>
    </message>
    <message>
        <source>{code} has no value fields; add them with Code → Value fields….</source>
        <translation>{code}에는 값 필드가 없습니다. 코드 → 값 필드…에서 추가하세요.</translation>
    </message>
    <message>
        <source>This code has no value fields; add them with Code → Value fields….</source>
        <translation>이 코드에는 값 필드가 없습니다. 코드 → 값 필드…에서 추가하세요.</translation>
    </message>
    <message>
        <source>This project is open read-only; values cannot be entered.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 값을 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>Values · {code}</source>
        <translation>값 · {code}</translation>
    </message>
    <message>
        <source>Nothing stored: {reason}</source>
        <translation>저장하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>No values to store.</source>
        <translation>저장할 값이 없습니다.</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(지움)</translation>
    </message>
    <message>
        <source>Stored {values} (Ctrl+Z undoes it).</source>
        <translation>{values} 저장함 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Values skipped: add them later with Code → Edit values (Ctrl+Shift+V) or a double-click in the Values column.</source>
        <translation>값을 건너뛰었습니다. 나중에 코드 → 값 편집(Ctrl+Shift+V)이나 값 열을 더블클릭해 추가하세요.</translation>
    </message>
</context>
<context>
    <name>ValuesEditor</name>
    <message>
        <source>amount and currency, e.g. 25000 CNY</source>
        <translation>금액과 통화, 예: 25000 CNY</translation>
    </message>
    <message>
        <source>years, e.g. 19, 12–29, about 20</source>
        <translation>나이(세), 예: 19, 12–29, about 20</translation>
    </message>
    <message>
        <source>e.g. 2012-03-15, March 2012, 2010–2012</source>
        <translation>예: 2012-03-15, March 2012, 2010–2012</translation>
    </message>
    <message>
        <source>e.g. 3 months, 2 years</source>
        <translation>예: 3 months, 2 years</translation>
    </message>
    <message>
        <source>name, area, country, e.g. Yanji, Jilin, CN</source>
        <translation>지명, 지역, 국가, 예: Yanji, Jilin, CN</translation>
    </message>
    <message>
        <source>a whole number or a range, e.g. 3</source>
        <translation>정수나 범위, 예: 3</translation>
    </message>
    <message>
        <source>one of the choices (↓ to step through them)</source>
        <translation>선택지 중 하나 (↓로 차례로 보기)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>자유 텍스트</translation>
    </message>
    <message>
        <source>money</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>no reading in the passage</source>
        <translation>구절에서 읽어 낸 값 없음</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}</source>
        <translation>구절에서 읽은 값: {reading}</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}; down arrow for %n other reading</source>
        <translation>구절에서 읽은 값: {reading}. 아래 화살표로 다른 값 %n개 보기</translation>
    </message>
    <message>
        <source>Read from the passage: {reading}; down arrow for %n other readings</source>
        <translation>구절에서 읽은 값: {reading}. 아래 화살표로 다른 값 %n개 보기</translation>
    </message>
    <message>
        <source>Values of the coded passage</source>
        <translation>코딩된 구절의 값</translation>
    </message>
    <message>
        <source>Enter saves every filled field; Escape skips; values can be added later</source>
        <translation>Enter는 채운 필드를 모두 저장, Escape는 건너뛰기. 값은 나중에 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>Enter saves  ·  Tab next field  ·  ↓ ↑ other readings  ·  Esc skips</source>
        <translation>Enter 저장  ·  Tab 다음 필드  ·  ↓ ↑ 다른 값  ·  Esc 건너뛰기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Store every filled field (Enter) — one undo step</source>
        <translation>채운 필드를 모두 저장 (Enter) — 한 번에 실행 취소</translation>
    </message>
    <message>
        <source>Skip (Escape): nothing is stored; fill the values later with Code → Edit values</source>
        <translation>건너뛰기 (Escape): 아무것도 저장하지 않습니다. 값은 나중에 코드 → 값 편집에서 채우세요</translation>
    </message>
    <message>
        <source>Skip values</source>
        <translation>값 건너뛰기</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
</context>
<context>
    <name>ownership</name>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>변경하지 않았습니다: {reason}.</translation>
    </message>
    <message>
        <source>your</source>
        <comment>whose coding: your coding</comment>
        <translation>내</translation>
    </message>
    <message>
        <source>an unknown coder&apos;s</source>
        <comment>whose coding: an unknown coder&apos;s coding</comment>
        <translation>알 수 없는 코더의</translation>
    </message>
    <message>
        <source>{name}&apos;s</source>
        <comment>whose coding: mina&apos;s coding</comment>
        <translation>{name}의</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Testimony Annotator projects</source>
        <translation>Testimony Annotator 프로젝트</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Codebooks</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Text files</source>
        <translation>텍스트 파일</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Rate tables</source>
        <translation>환율표</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 이미지</translation>
    </message>
    <message>
        <source>REFI-QDA projects</source>
        <translation>REFI-QDA 프로젝트</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks</source>
        <translation>REFI-QDA 코드북</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>… 외 {n}개 (자세히 보기)</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — remove it anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 삭제할까요?</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — re-code it anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 코드를 바꿀까요?</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — resize it anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 범위를 조정할까요?</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — edit its values anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 값을 편집할까요?</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — edit its memo anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 메모를 편집할까요?</translation>
    </message>
    <message>
        <source>This coding is {owner}&apos;s — change it anyway?</source>
        <translation>이 코딩은 {owner}의 코딩입니다. 그래도 변경할까요?</translation>
    </message>
    <message>
        <source>Another coder&apos;s coding</source>
        <translation>다른 코더의 코딩</translation>
    </message>
    <message>
        <source>The change is recorded under your name in the audit trail.</source>
        <translation>변경 내용은 감사 기록에 내 이름으로 남습니다.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for {owner} today</source>
        <translation>오늘은 {owner}에 대해 다시 묻지 않기</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>프로젝트가 이미 열려 있음</translation>
    </message>
    <message>
        <source>{path}
is already open in another window:
{holder}</source>
        <translation>{path}
프로젝트가 다른 창에서 이미 열려 있습니다:
{holder}</translation>
    </message>
    <message>
        <source>Two windows writing the same project would each show stale codings. You can open it read-only to look, or cancel.</source>
        <translation>두 창이 같은 프로젝트에 쓰면 각 창에 오래된 코딩이 보이게 됩니다. 읽기 전용으로 열어 살펴보거나 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>읽기 전용으로 열기</translation>
    </message>
</context>
<context>
    <name>save_target</name>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name}이(가) 이미 있습니다. 바꿀까요?</translation>
    </message>
</context>
<context>
    <name>value_loss</name>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>{field}: {value} in {document}</source>
        <translation>{field}: {value} ({document})</translation>
    </message>
    <message>
        <source>This would delete %n stored value that no longer fits. Go on? (Ctrl+Z brings it back.)</source>
        <translation>더 이상 맞지 않는 저장된 값 %n개가 삭제됩니다. 계속할까요? (Ctrl+Z로 되돌릴 수 있습니다.)</translation>
    </message>
    <message>
        <source>This would delete %n stored values that no longer fit. Go on? (Ctrl+Z brings them back.)</source>
        <translation>더 이상 맞지 않는 저장된 값 %n개가 삭제됩니다. 계속할까요? (Ctrl+Z로 되돌릴 수 있습니다.)</translation>
    </message>
    <message>
        <source>Nothing changed: the values were kept.</source>
        <translation>변경하지 않았습니다. 값은 그대로 유지됩니다.</translation>
    </message>
</context>
</TS>
