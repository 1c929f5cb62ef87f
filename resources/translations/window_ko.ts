<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a project file with a codebook</source>
        <translation>코드북이 있는 프로젝트 파일을 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>문서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>C&amp;lose project</source>
        <translation>프로젝트 닫기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the open document, or tick All documents to list the matches in every one</source>
        <translation>열린 문서에서 찾습니다. 모든 문서를 선택하면 모든 문서의 일치 항목을 나열합니다</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>Edit &amp;memo</source>
        <translation>메모 편집(&amp;M)</translation>
    </message>
    <message>
        <source>Document &amp;attributes…</source>
        <translation>문서 속성(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quick code…</source>
        <translation>빠른 코딩(&amp;Q)…</translation>
    </message>
    <message>
        <source>Type a few letters of a code, press Enter</source>
        <translation>코드 이름을 몇 글자 입력하고 Enter를 누르세요</translation>
    </message>
    <message>
        <source>&amp;Apply selected code</source>
        <translation>선택한 코드 적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;In-vivo code</source>
        <translation>인비보 코드(&amp;I)</translation>
    </message>
    <message>
        <source>Make a code named by the selected words and apply it</source>
        <translation>선택한 말을 이름으로 하는 코드를 만들어 적용합니다</translation>
    </message>
    <message>
        <source>Edit &amp;values…</source>
        <translation>값 편집(&amp;V)…</translation>
    </message>
    <message>
        <source>The typed values of the chosen coded passage: price, age, date, place…</source>
        <translation>선택한 코딩 구절의 값: 가격, 나이, 날짜, 장소…</translation>
    </message>
    <message>
        <source>&amp;Remove coding</source>
        <translation>코딩 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hange code…</source>
        <translation>코드 변경(&amp;H)…</translation>
    </message>
    <message>
        <source>Add c&amp;ode…</source>
        <translation>코드 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Add chi&amp;ld code…</source>
        <translation>하위 코드 추가(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;name code…</source>
        <translation>코드 이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;colour code…</source>
        <translation>코드 색 바꾸기(&amp;C)…</translation>
    </message>
    <message>
        <source>Recolour si&amp;blings</source>
        <translation>같은 수준 코드 색 바꾸기(&amp;B)</translation>
    </message>
    <message>
        <source>Give the code and its siblings clearly distinct colours of their group&apos;s family (undoable)</source>
        <translation>이 코드와 같은 수준의 코드에 그룹 계열 안에서 뚜렷이 다른 색을 줍니다(실행 취소 가능)</translation>
    </message>
    <message>
        <source>Set &amp;shortcut…</source>
        <translation>단축키 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>Value fields (&amp;typed values)…</source>
        <translation>값 필드(&amp;T)…</translation>
    </message>
    <message>
        <source>The values (price, age, date, place…) coders are asked for when they apply the code</source>
        <translation>코더가 이 코드를 적용할 때 입력하는 값(가격, 나이, 날짜, 장소…)</translation>
    </message>
    <message>
        <source>&amp;Labels in other languages…</source>
        <translation>다른 언어 레이블(&amp;L)…</translation>
    </message>
    <message>
        <source>The code&apos;s Korean and Chinese name and definitions, beside its canonical ones</source>
        <translation>코드의 한국어·중국어 이름과 정의를 기준 이름 옆에 편집</translation>
    </message>
    <message>
        <source>Add the default codebook&apos;s Korean and Chinese labels</source>
        <translation>기본 코드북의 한국어·중국어 레이블 추가</translation>
    </message>
    <message>
        <source>Fill in missing labels of codes from the default codebook (matched by GUID); never replaces one</source>
        <translation>비어 있는 코드 레이블을 기본 코드북에서 채웁니다(GUID로 대응). 기존 레이블은 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>Show code names &amp;in</source>
        <translation>코드 이름 표시 언어(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Move code to…</source>
        <translation>코드 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>M&amp;erge code into…</source>
        <translation>코드 병합(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete code…</source>
        <translation>코드 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;uto-code with a pattern…</source>
        <translation>패턴으로 자동 코딩(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Filter codes</source>
        <translation>코드 필터(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch coder…</source>
        <translation>코더 전환(&amp;S)…</translation>
    </message>
    <message>
        <source>Coders change only their &amp;own codings</source>
        <translation>코더는 자기 코딩만 변경(&amp;O)</translation>
    </message>
    <message>
        <source>A project setting: refuse changes to another coder&apos;s codings instead of asking first</source>
        <translation>프로젝트 설정: 다른 코더의 코딩 변경을 묻지 않고 거부합니다</translation>
    </message>
    <message>
        <source>&amp;My codings</source>
        <translation>내 코딩(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;All coders</source>
        <translation>모든 코더(&amp;A)</translation>
    </message>
    <message>
        <source>One &amp;coder</source>
        <translation>코더 한 명(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;lour by coder</source>
        <translation>코더별 색(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;veal veiled passages</source>
        <translation>가려진 구절 모두 보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show every warned passage veiled for you (uncheck to veil them again)</source>
        <translation>나에게 가려진 경고 구절을 모두 보여 줍니다 (해제하면 다시 가립니다)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>원래 크기(&amp;R)</translation>
    </message>
    <message>
        <source>Go to &amp;documents</source>
        <translation>문서로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Go to &amp;text</source>
        <translation>본문으로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Go to code&amp;book</source>
        <translation>코드북으로 이동(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;segments</source>
        <translation>구절로 이동(&amp;S)</translation>
    </message>
    <message>
        <source>Go to m&amp;emo</source>
        <translation>메모로 이동(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Testimony Annotator</source>
        <translation>증언 주석 도구 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Open or create a project from the File menu.</source>
        <translation>파일 메뉴에서 프로젝트를 열거나 만드세요.</translation>
    </message>
    <message>
        <source>No project to open yet: create one with File → New project.</source>
        <translation>아직 열 프로젝트가 없습니다. 파일 → 새 프로젝트로 만드세요.</translation>
    </message>
</context>
<context>
    <name>CoderController</name>
    <message>
        <source>This project is open read-only; the coder cannot change.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 코더를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>You are now coding as {coder}.</source>
        <translation>이제 {coder} 코더로 코딩합니다.</translation>
    </message>
    <message>
        <source>You are now coding as {coder} (a new coder of this project).</source>
        <translation>이제 {coder} 코더로 코딩합니다 (이 프로젝트의 새 코더).</translation>
    </message>
    <message>
        <source>Coders may now change only their own codings (Ctrl+Z undoes it).</source>
        <translation>이제 코더는 자기 코딩만 변경할 수 있습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Coders may change each other&apos;s codings again, after a question (Ctrl+Z undoes it).</source>
        <translation>이제 코더는 확인을 거쳐 서로의 코딩을 다시 변경할 수 있습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
</context>
<context>
    <name>CoderLegend</name>
    <message>
        <source>Colour by coder: {coders}</source>
        <translation>코더별 색: {coders}</translation>
    </message>
    <message>
        <source>Colour by coder:</source>
        <translation>코더별 색:</translation>
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <source>Open a document first.</source>
        <translation>먼저 문서를 여세요.</translation>
    </message>
    <message>
        <source>Select a passage in the text first, then choose a code.</source>
        <translation>먼저 본문에서 구절을 선택한 다음 코드를 고르세요.</translation>
    </message>
    <message>
        <source>Coded {characters} with {code}.</source>
        <translation>{code} 코드로 {characters}를 코딩했습니다.</translation>
    </message>
    <message>
        <source>Select a code in the codebook first (or press Ctrl+K).</source>
        <translation>먼저 코드북에서 코드를 선택하세요 (또는 Ctrl+K).</translation>
    </message>
    <message>
        <source>Quick code</source>
        <translation>빠른 코딩</translation>
    </message>
    <message>
        <source>In vivo: coded {characters} with the new code {name} (Ctrl+Z undoes it).</source>
        <translation>인비보 코딩: 새 코드 {name}을(를) 만들어 {characters}를 코딩했습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>In vivo: coded {characters} with the code {name} (Ctrl+Z undoes it).</source>
        <translation>인비보 코딩: 코드 {name}(으)로 {characters}를 코딩했습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Click a highlight (or select segments) to choose the coding to remove.</source>
        <translation>삭제할 코딩을 고르려면 강조 표시를 클릭하거나 구절 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>{codings} removed (Ctrl+Z undoes it).</source>
        <translation>{codings}를 삭제했습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Click a highlight first to choose the coding to re-code.</source>
        <translation>코드를 바꿀 코딩을 고르려면 먼저 강조 표시를 클릭하세요.</translation>
    </message>
    <message>
        <source>Change code</source>
        <translation>코드 변경</translation>
    </message>
    <message>
        <source>{codings} re-coded to {code} (Ctrl+Z undoes it).</source>
        <translation>{codings}를 {code} 코드로 바꿨습니다 (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Change code to…</source>
        <translation>바꿀 코드…</translation>
    </message>
    <message>
        <source>Resized the {code} coding to {characters}: {words}.</source>
        <translation>{code} 코딩의 범위를 {characters}로 조정했습니다: {words}.</translation>
    </message>
    <message>
        <source>Resized the {code} coding to {characters}.</source>
        <translation>{code} 코딩의 범위를 {characters}로 조정했습니다.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>%n attribute value</source>
        <translation>속성 값 %n개</translation>
    </message>
    <message>
        <source>%n attribute values</source>
        <translation>속성 값 %n개</translation>
    </message>
    <message>
        <source>%n case</source>
        <translation>사례 %n건</translation>
    </message>
    <message>
        <source>%n cases</source>
        <translation>사례 %n건</translation>
    </message>
    <message>
        <source>%n character</source>
        <translation>%n자</translation>
    </message>
    <message>
        <source>%n characters</source>
        <translation>%n자</translation>
    </message>
    <message>
        <source>%n child</source>
        <translation>하위 항목 %n개</translation>
    </message>
    <message>
        <source>%n children</source>
        <translation>하위 항목 %n개</translation>
    </message>
    <message>
        <source>%n code</source>
        <translation>코드 %n개</translation>
    </message>
    <message>
        <source>%n codes</source>
        <translation>코드 %n개</translation>
    </message>
    <message>
        <source>%n coded passage</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n coder</source>
        <translation>코더 %n명</translation>
    </message>
    <message>
        <source>%n coders</source>
        <translation>코더 %n명</translation>
    </message>
    <message>
        <source>%n coding</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>%n document</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n documents</source>
        <translation>문서 %n개</translation>
    </message>
    <message>
        <source>%n figure</source>
        <translation>수치 %n개</translation>
    </message>
    <message>
        <source>%n figures</source>
        <translation>수치 %n개</translation>
    </message>
    <message>
        <source>%n file</source>
        <translation>파일 %n개</translation>
    </message>
    <message>
        <source>%n files</source>
        <translation>파일 %n개</translation>
    </message>
    <message>
        <source>%n match</source>
        <translation>일치 항목 %n개</translation>
    </message>
    <message>
        <source>%n matches</source>
        <translation>일치 항목 %n개</translation>
    </message>
    <message>
        <source>%n passage</source>
        <translation>구절 %n개</translation>
    </message>
    <message>
        <source>%n passages</source>
        <translation>구절 %n개</translation>
    </message>
    <message>
        <source>%n row</source>
        <translation>%n행</translation>
    </message>
    <message>
        <source>%n rows</source>
        <translation>%n행</translation>
    </message>
    <message>
        <source>%n value</source>
        <translation>값 %n개</translation>
    </message>
    <message>
        <source>%n values</source>
        <translation>값 %n개</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>대소문자 구분(&amp;C)</translation>
    </message>
    <message>
        <source>All &amp;documents</source>
        <translation>모든 문서(&amp;D)</translation>
    </message>
    <message>
        <source>Find in every document of the project; the matches are listed</source>
        <translation>프로젝트의 모든 문서에서 찾아 일치 항목을 나열합니다</translation>
    </message>
    <message>
        <source>Matches in all documents</source>
        <translation>모든 문서의 일치 항목</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>이전 일치 항목 (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>다음 일치 항목 (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾지 못함</translation>
    </message>
    <message>
        <source>Find in all documents</source>
        <translation>모든 문서에서 찾기</translation>
    </message>
    <message>
        <source>Not found in any document</source>
        <translation>어느 문서에서도 찾지 못함</translation>
    </message>
    <message>
        <source>{matches} in {documents}</source>
        <translation>{documents}에서 {matches}</translation>
    </message>
    <message>
        <source>{matches} in {documents} (the first ones; refine the search for the rest)</source>
        <translation>{documents}에서 {matches} (앞부분만 표시합니다. 나머지는 검색어를 좁혀 찾으세요)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The interface will be in {language} from the next start.</source>
        <translation>다음에 시작할 때부터 화면 언어가 바뀝니다: {language}.</translation>
    </message>
    <message>
        <source>The interface will follow the system language ({language}) from the next start.</source>
        <translation>다음에 시작할 때부터 화면 언어가 시스템 언어({language})를 따릅니다.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;se</source>
        <translation>사례(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>팀(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Testimony Annotator</source>
        <translation>증언 주석 도구</translation>
    </message>
    <message>
        <source>Testimony text</source>
        <translation>증언 본문</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Coded segments</source>
        <translation>코딩된 구절</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>The current coder (Team → Switch coder…)</source>
        <translation>현재 코더 (팀 → 코더 전환…)</translation>
    </message>
    <message>
        <source>Undone: {step} (Ctrl+Shift+Z redoes it).</source>
        <translation>실행 취소함: {step} (Ctrl+Shift+Z로 다시 실행).</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>다시 실행함: {step}.</translation>
    </message>
    <message>
        <source>{project} [read-only] — {app}</source>
        <translation>{project} [읽기 전용] — {app}</translation>
    </message>
    <message>
        <source>{project} — {app}</source>
        <translation>{project} — {app}</translation>
    </message>
    <message>
        <source>Coder: {coder}</source>
        <translation>코더: {coder}</translation>
    </message>
    <message>
        <source>Coder: none (read-only)</source>
        <translation>코더: 없음 (읽기 전용)</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>열린 프로젝트 없음</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>모든 변경 사항 저장됨</translation>
    </message>
    <message>
        <source>Open a project file, or make a new one with a codebook. You can also drop a project file on this window.</source>
        <translation>프로젝트 파일을 열거나 코드북이 있는 새 프로젝트를 만드세요. 프로젝트 파일을 이 창에 끌어 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>{project} has no documents yet</source>
        <translation>{project}에 아직 문서가 없습니다</translation>
    </message>
    <message>
        <source>This project has no documents yet</source>
        <translation>이 프로젝트에 아직 문서가 없습니다</translation>
    </message>
    <message>
        <source>This project is open read-only, so no documents can be imported into it.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 문서를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Import interview transcripts and statements (txt, docx, pdf, odt, rtf, html, md, or a REFI-QDA project), or drop the files on this window.</source>
        <translation>면담 녹취록과 진술서(txt, docx, pdf, odt, rtf, html, md 또는 REFI-QDA 프로젝트)를 가져오거나 파일을 이 창에 끌어 놓으세요.</translation>
    </message>
    <message>
        <source>Choose a testimony in the Documents list.</source>
        <translation>문서 목록에서 증언을 고르세요.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>MemoController</name>
    <message>
        <source>A memo on the project. It is saved as you type.</source>
        <translation>프로젝트 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>A memo on this document. It is saved as you type.</source>
        <translation>이 문서의 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>A memo on this code. It is saved as you type.</source>
        <translation>이 코드의 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>A memo on this coded passage. It is saved as you type.</source>
        <translation>이 코딩된 구절의 메모입니다. 입력하는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>No memo on the project. The project is open read-only.</source>
        <translation>프로젝트 메모가 없습니다. 프로젝트가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>No memo on this document. The project is open read-only.</source>
        <translation>이 문서에 메모가 없습니다. 프로젝트가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>No memo on this code. The project is open read-only.</source>
        <translation>이 코드에 메모가 없습니다. 프로젝트가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>No memo on this coded passage. The project is open read-only.</source>
        <translation>이 코딩된 구절에 메모가 없습니다. 프로젝트가 읽기 전용으로 열려 있습니다.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>열린 프로젝트 없음</translation>
    </message>
    <message>
        <source>Project memo — {name}</source>
        <translation>프로젝트 메모 — {name}</translation>
    </message>
    <message>
        <source>a removed code</source>
        <translation>삭제된 코드</translation>
    </message>
    <message>
        <source>Memo on your coding — {code}</source>
        <translation>내 코딩 메모 — {code}</translation>
    </message>
    <message>
        <source>Memo on {coder}&apos;s coding — {code}</source>
        <translation>{coder}의 코딩 메모 — {code}</translation>
    </message>
    <message>
        <source>an unknown coder</source>
        <translation>알 수 없는 코더</translation>
    </message>
    <message>
        <source>Document memo — {name}</source>
        <translation>문서 메모 — {name}</translation>
    </message>
    <message>
        <source>no code with id {id}</source>
        <translation>ID가 {id}인 코드가 없습니다</translation>
    </message>
    <message>
        <source>Code memo — {name}</source>
        <translation>코드 메모 — {name}</translation>
    </message>
    <message>
        <source>This is {coder}&apos;s coding: in this project only its coder may change its memo.</source>
        <translation>{coder}의 코딩입니다. 이 프로젝트에서는 코딩한 코더만 메모를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Open a project to write memos.</source>
        <translation>메모를 쓰려면 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>This passage is veiled for you, and so is its memo. Reveal the passage (a click on it, or Space in the segments table) to read or write its memo.</source>
        <translation>이 구절은 가려져 있어 메모도 가려집니다. 메모를 읽거나 쓰려면 구절을 보이게 하세요(구절을 클릭하거나 코딩된 구절 표에서 Space).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Enter / double-click</source>
        <translation>Enter / 더블클릭</translation>
    </message>
    <message>
        <source>Apply the code to the selected text</source>
        <translation>선택한 본문에 코드 적용</translation>
    </message>
    <message>
        <source>1–9 and set keys (in the text)</source>
        <translation>1–9 및 지정한 키 (본문에서)</translation>
    </message>
    <message>
        <source>Apply the code with that shortcut</source>
        <translation>그 단축키의 코드 적용</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Shift+arrows / drag a stripe end</source>
        <translation>Shift+화살표 / 줄무늬 끝 끌기</translation>
    </message>
    <message>
        <source>Resize the selected coding</source>
        <translation>선택한 코딩의 범위 조정</translation>
    </message>
    <message>
        <source>Drag a code onto the selection</source>
        <translation>선택 영역으로 코드 끌어 놓기</translation>
    </message>
    <message>
        <source>Apply that code</source>
        <translation>그 코드 적용</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>찾기 막대</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>다음 / 이전 일치 항목</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>찾기 막대 닫기</translation>
    </message>
    <message>
        <source>Alt+D / Down</source>
        <translation>Alt+D / 아래쪽 화살표</translation>
    </message>
    <message>
        <source>Search all documents / into the list of matches (Enter opens one)</source>
        <translation>모든 문서 검색 / 일치 항목 목록으로 이동 (Enter로 열기)</translation>
    </message>
    <message>
        <source>Codebook filter</source>
        <translation>코드북 필터</translation>
    </message>
    <message>
        <source>Clear the filter (again: to the code tree)</source>
        <translation>필터 지우기 (한 번 더: 코드 트리로)</translation>
    </message>
    <message>
        <source>Drag / Alt+drag</source>
        <translation>끌기 / Alt+끌기</translation>
    </message>
    <message>
        <source>Select whole words / select by character</source>
        <translation>단어 단위 선택 / 글자 단위 선택</translation>
    </message>
    <message>
        <source>Values bar</source>
        <translation>값 입력 막대</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Store every filled value (one undo step)</source>
        <translation>입력한 값을 모두 저장 (실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>다음 / 이전 필드</translation>
    </message>
    <message>
        <source>Down / Up</source>
        <translation>아래쪽 / 위쪽 화살표</translation>
    </message>
    <message>
        <source>The passage&apos;s other readings (or a choice field&apos;s choices)</source>
        <translation>구절의 다른 읽기 (또는 선택 필드의 선택지)</translation>
    </message>
    <message>
        <source>Skip: store nothing (values can be added later)</source>
        <translation>건너뛰기: 저장하지 않음 (값은 나중에 추가 가능)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Double-click a value</source>
        <translation>값 더블클릭</translation>
    </message>
    <message>
        <source>Edit the values of that passage</source>
        <translation>그 구절의 값 편집</translation>
    </message>
    <message>
        <source>Open the passage</source>
        <translation>구절 열기</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Open the case&apos;s journey timeline</source>
        <translation>사례의 여정 타임라인 열기</translation>
    </message>
    <message>
        <source>Down (in the filter box)</source>
        <translation>아래쪽 화살표 (필터 상자에서)</translation>
    </message>
    <message>
        <source>Into the case list</source>
        <translation>사례 목록으로 이동</translation>
    </message>
    <message>
        <source>Case editor</source>
        <translation>사례 편집기</translation>
    </message>
    <message>
        <source>Enter (label) / Ctrl+Enter</source>
        <translation>Enter (이름) / Ctrl+Enter</translation>
    </message>
    <message>
        <source>Store the changes (one undo step)</source>
        <translation>변경 사항 저장 (실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Revert to the stored case</source>
        <translation>저장된 사례로 되돌리기</translation>
    </message>
    <message>
        <source>Journey timeline</source>
        <translation>여정 타임라인</translation>
    </message>
    <message>
        <source>Enter / click</source>
        <translation>Enter / 클릭</translation>
    </message>
    <message>
        <source>Open the event&apos;s passage</source>
        <translation>사건의 구절 열기</translation>
    </message>
    <message>
        <source>Code key</source>
        <translation>코드 키</translation>
    </message>
</context>
</TS>
