<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <source>Content &amp;warnings…</source>
        <translation>내용 경고 목록(&amp;W)…</translation>
    </message>
    <message>
        <source>The project&apos;s list of content warnings: add, rename, describe, remove</source>
        <translation>프로젝트의 내용 경고 목록: 추가, 이름 바꾸기, 설명, 삭제</translation>
    </message>
    <message>
        <source>Document &amp;warnings…</source>
        <translation>문서의 내용 경고(&amp;D)…</translation>
    </message>
    <message>
        <source>Which content warnings the chosen document carries</source>
        <translation>선택한 문서에 붙은 내용 경고</translation>
    </message>
    <message>
        <source>Care &amp;preferences…</source>
        <translation>돌봄 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Your own choices about warned material, breaks and what is recorded (kept on this computer)</source>
        <translation>경고가 붙은 자료, 휴식, 기록되는 내용에 대한 나의 선택 (이 컴퓨터에만 저장)</translation>
    </message>
    <message>
        <source>Content &amp;warnings of code…</source>
        <translation>코드의 내용 경고(&amp;W)…</translation>
    </message>
    <message>
        <source>Every passage coded with the code carries its warnings</source>
        <translation>이 코드로 코딩된 모든 구절에 그 경고가 붙습니다</translation>
    </message>
</context>
<context>
    <name>CarePreferencesDialog</name>
    <message>
        <source>Care preferences</source>
        <translation>돌봄 설정</translation>
    </message>
    <message>
        <source>These are {coder}&apos;s own choices. They are kept on this computer, not in the project, and no one else sees them.</source>
        <translation>{coder} 님의 개인 설정입니다. 프로젝트가 아니라 이 컴퓨터에 저장되며 다른 사람은 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Ask before opening a document that carries a content warning</source>
        <translation>내용 경고가 붙은 문서를 열기 전에 묻기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Veil passages that carry a content warning</source>
        <translation>내용 경고가 붙은 구절 가리기(&amp;V)</translation>
    </message>
    <message>
        <source>Warned passages are shown as a neutral bar in tables and reports until you reveal them</source>
        <translation>경고가 붙은 구절은 직접 펼치기 전까지 표와 보고서에서 중립적인 막대로 표시됩니다</translation>
    </message>
    <message>
        <source>Remind me to take a &amp;break after:</source>
        <translation>다음 시간이 지나면 휴식 알림(&amp;B):</translation>
    </message>
    <message>
        <source> minutes of coding</source>
        <translation>분 코딩 후</translation>
    </message>
    <message>
        <source>never</source>
        <translation>알리지 않음</translation>
    </message>
    <message>
        <source>Break reminder, in minutes</source>
        <translation>휴식 알림 (분)</translation>
    </message>
    <message>
        <source>0 turns the reminder off</source>
        <translation>0이면 알림을 끕니다</translation>
    </message>
    <message>
        <source>Show a &amp;summary at the end of a session (kept on this computer)</source>
        <translation>작업을 마칠 때 요약 보기(&amp;S) (이 컴퓨터에만 저장)</translation>
    </message>
    <message>
        <source>&amp;Record the warned documents I open in the audit trail</source>
        <translation>내가 연 경고 문서를 감사 기록에 남기기(&amp;R)</translation>
    </message>
    <message>
        <source>Off unless you turn it on. When on, each warned document you open is written to the project&apos;s audit trail (which document, its warnings, when), once per session. The team lead and anyone with the project file can read it, for example to see who has read which material.</source>
        <translation>직접 켜지 않으면 꺼져 있습니다. 켜면 경고가 붙은 문서를 열 때마다 세션당 한 번 프로젝트의 감사 기록에 남습니다 (어떤 문서인지, 그 경고, 시각). 팀 리더와 프로젝트 파일을 가진 사람은 누구나 이를 읽을 수 있습니다. 예를 들어 누가 어떤 자료를 읽었는지 확인할 때 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>ContentWarnings</name>
    <message>
        <source>sexual violence</source>
        <translation>성폭력</translation>
    </message>
    <message>
        <source>violence against children</source>
        <translation>아동 대상 폭력</translation>
    </message>
    <message>
        <source>torture</source>
        <translation>고문</translation>
    </message>
    <message>
        <source>suicide and self-harm</source>
        <translation>자살 및 자해</translation>
    </message>
    <message>
        <source>death and execution</source>
        <translation>죽음 및 처형</translation>
    </message>
    <message>
        <source>Rape, sexual assault, forced prostitution, sexual exploitation</source>
        <translation>강간, 성폭행, 성매매 강요, 성적 착취</translation>
    </message>
    <message>
        <source>Abuse, sexual exploitation or trafficking of anyone under 18</source>
        <translation>18세 미만에 대한 학대, 성적 착취 또는 인신매매</translation>
    </message>
    <message>
        <source>Torture and cruel treatment, in detention or by traffickers</source>
        <translation>구금 중 또는 인신매매범에 의한 고문과 가혹 행위</translation>
    </message>
    <message>
        <source>Suicide, attempts, self-harm and thoughts of them</source>
        <translation>자살, 자살 시도, 자해 및 그에 관한 생각</translation>
    </message>
    <message>
        <source>Killings, executions, deaths in detention or in flight</source>
        <translation>살해, 처형, 구금 중 또는 탈출 중의 죽음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Pacing</name>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}시간 {m}분</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}분</translation>
    </message>
    <message numerus="yes">
        <source>Your last session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>지난 세션: {length}, 구절 %n개 코딩.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This session: {length}, %n passage coded.</source>
        <translation>
            <numerusform>이번 세션: {length}, 구절 %n개 코딩.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last session: {length}, %n passages coded.</source>
        <translation>지난 세션: {length}, 구절 %n개 코딩.</translation>
    </message>
    <message>
        <source>This session: {length}, %n passages coded.</source>
        <translation>이번 세션: {length}, 구절 %n개 코딩.</translation>
    </message>
    <message numerus="yes">
        <source>You have been coding for %n minute. A short break helps.</source>
        <translation>
            <numerusform>%n분 동안 계속 코딩했습니다. 잠깐 쉬면 도움이 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been coding for %n minutes. A short break helps.</source>
        <translation>%n분 동안 계속 코딩했습니다. 잠깐 쉬면 도움이 됩니다.</translation>
    </message>
    <message>
        <source>Break reminder</source>
        <translation>휴식 알림</translation>
    </message>
    <message>
        <source>Remind me in 10 minutes</source>
        <translation>10분 뒤에 다시 알림</translation>
    </message>
    <message>
        <source>Hide the reminder for ten minutes of coding</source>
        <translation>코딩 10분 동안 알림 숨기기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>이 알림 숨기기</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>세션 요약</translation>
    </message>
</context>
<context>
    <name>Veil</name>
    <message>
        <source>Veiled — {codes}</source>
        <translation>가려짐 — {codes}</translation>
    </message>
    <message>
        <source>Veiled passage: {warnings}</source>
        <translation>가려진 구절: {warnings}</translation>
    </message>
    <message>
        <source>Click, or press Space or Enter, to reveal it; View → Reveal veiled passages shows all.</source>
        <translation>클릭하거나 Space 또는 Enter를 누르면 보입니다. 보기 → 가려진 구절 모두 보기로 전부 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>WarningGate</name>
    <message>
        <source>Warned documents now open without asking for {coder} (Edit → Care preferences… asks again).</source>
        <translation>이제 {coder} 님에게는 경고 문서를 묻지 않고 엽니다 (편집 → 돌봄 설정…에서 다시 묻도록 할 수 있습니다).</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>WarningInterstitial</name>
    <message>
        <source>Content warning</source>
        <translation>내용 경고</translation>
    </message>
    <message>
        <source>Enter opens it; Escape goes back. Edit → Care preferences… changes whether you are asked.</source>
        <translation>Enter 키로 열고 Esc 키로 돌아갑니다. 묻기 여부는 편집 → 돌봄 설정…에서 바꿉니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Go back to the document open before (Escape)</source>
        <translation>전에 열려 있던 문서로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>다시 묻지 않기</translation>
    </message>
    <message>
        <source>Open warned documents without this panel from now on (your own preference, on this computer; Edit → Care preferences… turns it back on)</source>
        <translation>앞으로 경고 문서를 이 화면 없이 엽니다 (이 컴퓨터에 저장되는 나의 설정이며, 편집 → 돌봄 설정…에서 다시 켤 수 있습니다)</translation>
    </message>
    <message>
        <source>This testimony describes: {warnings}.</source>
        <translation>이 증언에는 다음 내용이 있습니다: {warnings}.</translation>
    </message>
    <message>
        <source>Show the text of {document} (Enter)</source>
        <translation>{document}의 본문 보기 (Enter)</translation>
    </message>
</context>
<context>
    <name>WarningListDialog</name>
    <message>
        <source>Content warnings</source>
        <translation>내용 경고</translation>
    </message>
    <message>
        <source>The project&apos;s content warnings</source>
        <translation>프로젝트의 내용 경고</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>다루는 내용</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;What it covers:</source>
        <translation>다루는 내용(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>변경 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Rename or re-describe the chosen warning (one undo step)</source>
        <translation>선택한 경고의 이름이나 설명 바꾸기 (실행 취소 한 번)</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>새로 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add a warning with this name and description to the list</source>
        <translation>이 이름과 설명으로 경고를 목록에 추가</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen warning off the list and off every document and code (Ctrl+Z undoes it)</source>
        <translation>선택한 경고를 목록과 모든 문서·코드에서 제거 (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <source>Warnings are the project&apos;s: every coder sees the same list. Renaming keeps them on the documents and codes that carry them.</source>
        <translation>경고는 프로젝트에 속합니다. 모든 코더가 같은 목록을 봅니다. 이름을 바꿔도 그 경고가 붙은 문서와 코드에는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Shown in this language as: {name}</source>
        <translation>이 언어에서는 다음처럼 표시됩니다: {name}</translation>
    </message>
</context>
<context>
    <name>WarningsController</name>
    <message>
        <source>This project is open read-only; content warnings cannot be changed.</source>
        <translation>이 프로젝트는 읽기 전용으로 열려 있어 내용 경고를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>{what} (Ctrl+Z undoes it).</source>
        <translation>{what} (Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Added the content warning {name}</source>
        <translation>내용 경고 {name}을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>Renamed the content warning {old} to {new}</source>
        <translation>내용 경고 {old}의 이름을 {new}(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>Changed what the content warning {name} covers</source>
        <translation>내용 경고 {name}의 설명을 바꿨습니다</translation>
    </message>
    <message>
        <source>Removed the content warning {name} (documents: {documents}, codes: {codes})</source>
        <translation>내용 경고 {name}을(를) 삭제했습니다 (문서: {documents}, 코드: {codes})</translation>
    </message>
    <message>
        <source>Choose a document in the Documents list first.</source>
        <translation>먼저 문서 목록에서 문서를 선택하세요.</translation>
    </message>
    <message>
        <source>Document warnings</source>
        <translation>문서의 내용 경고</translation>
    </message>
    <message>
        <source>What {document} describes (the app asks each coder who wants it before showing its text):</source>
        <translation>{document}에 담긴 내용 (원하는 코더에게는 본문을 보여 주기 전에 묻습니다):</translation>
    </message>
    <message>
        <source>{document} carries no content warning now</source>
        <translation>이제 {document}에는 내용 경고가 없습니다</translation>
    </message>
    <message>
        <source>Marked {document} with: {warnings}</source>
        <translation>{document}에 경고를 붙였습니다: {warnings}</translation>
    </message>
    <message>
        <source>Select a code in the codebook first.</source>
        <translation>먼저 코드북에서 코드를 선택하세요.</translation>
    </message>
    <message>
        <source>Content warnings of code</source>
        <translation>코드의 내용 경고</translation>
    </message>
    <message>
        <source>Every passage coded with {code} carries these warnings, whoever coded it:</source>
        <translation>누가 코딩했든 {code}(으)로 코딩된 모든 구절에 이 경고가 붙습니다:</translation>
    </message>
    <message>
        <source>The code {code} carries no content warning now</source>
        <translation>이제 코드 {code}에는 내용 경고가 없습니다</translation>
    </message>
    <message>
        <source>Marked the code {code} with: {warnings}</source>
        <translation>코드 {code}에 경고를 붙였습니다: {warnings}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Care preferences saved for {coder}, on this computer only.</source>
        <translation>{coder} 님의 돌봄 설정을 이 컴퓨터에만 저장했습니다.</translation>
    </message>
</context>
</TS>
