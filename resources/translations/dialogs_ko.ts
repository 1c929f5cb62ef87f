<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline: the program never opens a network connection, sends no telemetry and does not look for updates.</source>
        <translation>오프라인: 프로그램은 네트워크에 연결하지 않으며, 사용 정보를 보내지 않고, 업데이트도 확인하지 않습니다.</translation>
    </message>
    <message>
        <source>Your project is one file on this computer, saved at every change, with rolling backups beside it. On Linux and macOS the program creates it, its backups and its exports readable by your account only.</source>
        <translation>프로젝트는 이 컴퓨터에 있는 파일 하나로, 변경할 때마다 저장되며 옆에 순환 백업이 보관됩니다. Linux와 macOS에서는 프로젝트와 백업, 내보내기 파일을 내 계정만 읽을 수 있게 만듭니다.</translation>
    </message>
    <message>
        <source>Encryption is optional: File → Encrypt project protects a project with a passphrase (SQLCipher, AES-256). Copies, backups and coder packages stay encrypted; exports do not.</source>
        <translation>암호화는 선택 사항입니다: 파일 → 프로젝트 암호화로 프로젝트를 암호 문구로 보호합니다(SQLCipher, AES-256). 사본, 백업, 코더 패키지는 암호화된 채로 남지만 내보내기 파일은 암호화되지 않습니다.</translation>
    </message>
    <message>
        <source>The audit trail records every change to a project: when, by which coder, what was done, and the values before and after. Its entries are chained by hashes, so an edited or removed entry is detected (Team → Audit trail).</source>
        <translation>감사 기록은 프로젝트의 모든 변경을 기록합니다: 언제, 어느 코더가, 무엇을 했는지, 그리고 변경 전후의 값. 항목은 해시로 연결되어 있어 수정되거나 삭제된 항목이 드러납니다(팀 → 감사 기록).</translation>
    </message>
    <message>
        <source>Your coder name and recent projects are kept in your settings folder, never in a project:</source>
        <translation>코더 이름과 최근 프로젝트는 프로젝트가 아니라 설정 폴더에 보관됩니다:</translation>
    </message>
    <message>
        <source>Testimony Annotator</source>
        <translation>증언 주석 도구</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>버전 {version}</translation>
    </message>
    <message>
        <source>Qualitative coding of survivor testimony, offline. Every change is saved as you make it.</source>
        <translation>생존자 증언의 질적 코딩을 오프라인으로 합니다. 모든 변경 사항은 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>{licence} 라이선스의 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>내 데이터</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>버전 정보</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>System</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>버전 정보 복사</translation>
    </message>
    <message>
        <source>For a bug report: version, Python, Qt and system</source>
        <translation>버그 신고용: 버전, Python, Qt, 운영 체제</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>새 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>A person the testimonies describe</source>
        <translation>증언에 나오는 한 사람</translation>
    </message>
    <message>
        <source>&amp;Choose case…</source>
        <translation>사례 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Type a few letters of a case&apos;s label: it becomes the current case</source>
        <translation>사례 레이블의 몇 글자를 입력하세요. 그 사례가 현재 사례가 됩니다</translation>
    </message>
    <message>
        <source>&amp;Link selection to case</source>
        <translation>선택 영역을 사례에 연결(&amp;L)</translation>
    </message>
    <message>
        <source>The coded passages under the selection (or the chosen codings) belong to the current case</source>
        <translation>선택 영역 아래의 코딩된 구절(또는 선택한 코딩)이 현재 사례에 속합니다</translation>
    </message>
    <message>
        <source>&amp;Unlink selection from case</source>
        <translation>선택 영역의 사례 연결 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Link &amp;document to case</source>
        <translation>문서를 사례에 연결(&amp;D)</translation>
    </message>
    <message>
        <source>The whole testimony is about the current case</source>
        <translation>증언 전체가 현재 사례에 관한 것입니다</translation>
    </message>
    <message>
        <source>Unlink d&amp;ocument from case</source>
        <translation>문서의 사례 연결 해제(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit case</source>
        <translation>사례 편집(&amp;E)</translation>
    </message>
    <message>
        <source>Label, role, memo, attributes</source>
        <translation>레이블, 역할, 메모, 속성</translation>
    </message>
    <message>
        <source>&amp;Merge case into…</source>
        <translation>사례 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>One person recorded twice</source>
        <translation>두 번 기록된 한 사람</translation>
    </message>
    <message>
        <source>De&amp;lete case…</source>
        <translation>사례 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Journey &amp;timeline…</source>
        <translation>여정 타임라인(&amp;T)…</translation>
    </message>
    <message>
        <source>The case&apos;s dated events in order, with flags and derived figures</source>
        <translation>사례의 날짜가 있는 사건을 순서대로, 표시와 산출 수치와 함께 보여 줍니다</translation>
    </message>
    <message>
        <source>Go to c&amp;ases</source>
        <translation>사례로 이동(&amp;A)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Replace the project with one of its automatic backups</source>
        <translation>프로젝트를 자동 백업 중 하나로 바꿉니다</translation>
    </message>
    <message>
        <source>Backup se&amp;ttings…</source>
        <translation>백업 설정(&amp;T)…</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>보관할 자동 백업 개수</translation>
    </message>
    <message>
        <source>&amp;Encrypt project…</source>
        <translation>프로젝트 암호화(&amp;E)…</translation>
    </message>
    <message>
        <source>Protect the project file with a passphrase</source>
        <translation>암호 문구로 프로젝트 파일을 보호합니다</translation>
    </message>
    <message>
        <source>&amp;Decrypt project…</source>
        <translation>프로젝트 복호화(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the project&apos;s encryption</source>
        <translation>프로젝트의 암호화를 해제합니다</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>감사 기록(&amp;T)…</translation>
    </message>
    <message>
        <source>Who changed what and when; verify that the record is intact</source>
        <translation>누가 언제 무엇을 바꿨는지 보고, 기록이 온전한지 검증합니다</translation>
    </message>
    <message>
        <source>&amp;Pseudonyms…</source>
        <translation>가명(&amp;P)…</translation>
    </message>
    <message>
        <source>Names and places that exports replace</source>
        <translation>내보내기에서 바꿔 쓰는 이름과 장소</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <source>Document attributes</source>
        <translation>문서 속성</translation>
    </message>
    <message>
        <source>New attribute, e.g. age at exploitation</source>
        <translation>새 속성, 예: 착취 당시 나이</translation>
    </message>
    <message>
        <source>New attribute name</source>
        <translation>새 속성 이름</translation>
    </message>
    <message>
        <source>New attribute type</source>
        <translation>새 속성 유형</translation>
    </message>
    <message>
        <source>Add &amp;column</source>
        <translation>열 추가(&amp;C)</translation>
    </message>
    <message>
        <source>A new attribute is kept once a document has a value for it. Empty a cell to clear it.</source>
        <translation>새 속성은 한 문서라도 값이 있으면 유지됩니다. 값을 지우려면 칸을 비우세요.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>add case</source>
        <translation>사례 추가</translation>
    </message>
    <message>
        <source>add code</source>
        <translation>코드 추가</translation>
    </message>
    <message>
        <source>add code labels</source>
        <translation>코드 레이블 추가</translation>
    </message>
    <message>
        <source>add content warning</source>
        <translation>내용 경고 추가</translation>
    </message>
    <message>
        <source>add value field</source>
        <translation>값 필드 추가</translation>
    </message>
    <message>
        <source>apply code</source>
        <translation>코드 적용</translation>
    </message>
    <message>
        <source>autocode</source>
        <translation>자동 코딩</translation>
    </message>
    <message>
        <source>build demo</source>
        <translation>데모 만들기</translation>
    </message>
    <message>
        <source>change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>code passages</source>
        <translation>구절 코딩</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>여러 변경</translation>
    </message>
    <message>
        <source>create project</source>
        <translation>프로젝트 만들기</translation>
    </message>
    <message>
        <source>delete case</source>
        <translation>사례 삭제</translation>
    </message>
    <message>
        <source>delete code</source>
        <translation>코드 삭제</translation>
    </message>
    <message>
        <source>delete value field</source>
        <translation>값 필드 삭제</translation>
    </message>
    <message>
        <source>edit case</source>
        <translation>사례 편집</translation>
    </message>
    <message>
        <source>edit code</source>
        <translation>코드 편집</translation>
    </message>
    <message>
        <source>edit code label</source>
        <translation>코드 레이블 편집</translation>
    </message>
    <message>
        <source>edit coding</source>
        <translation>코딩 편집</translation>
    </message>
    <message>
        <source>edit content warning</source>
        <translation>내용 경고 편집</translation>
    </message>
    <message>
        <source>edit value field</source>
        <translation>값 필드 편집</translation>
    </message>
    <message>
        <source>import codebook</source>
        <translation>코드북 가져오기</translation>
    </message>
    <message>
        <source>import document</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>import refi-qda</source>
        <translation>REFI-QDA 가져오기</translation>
    </message>
    <message>
        <source>in vivo code</source>
        <translation>인비보 코드</translation>
    </message>
    <message>
        <source>link documents to case</source>
        <translation>문서를 사례에 연결</translation>
    </message>
    <message>
        <source>link old coder names</source>
        <translation>이전 코더 이름 연결</translation>
    </message>
    <message>
        <source>link passages</source>
        <translation>구절 서로 연결</translation>
    </message>
    <message>
        <source>link passages to case</source>
        <translation>구절을 사례에 연결</translation>
    </message>
    <message>
        <source>link translation</source>
        <translation>번역본 연결</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>merge cases</source>
        <translation>사례 병합</translation>
    </message>
    <message>
        <source>merge codes</source>
        <translation>코드 병합</translation>
    </message>
    <message>
        <source>mirror coding</source>
        <translation>코딩 반영</translation>
    </message>
    <message>
        <source>move code</source>
        <translation>코드 이동</translation>
    </message>
    <message>
        <source>open warned document</source>
        <translation>경고가 있는 문서 열기</translation>
    </message>
    <message>
        <source>recolour codes</source>
        <translation>코드 색 변경</translation>
    </message>
    <message>
        <source>remove codings</source>
        <translation>코딩 제거</translation>
    </message>
    <message>
        <source>remove content warning</source>
        <translation>내용 경고 제거</translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>검토 결정</translation>
    </message>
    <message>
        <source>set attribute</source>
        <translation>속성 설정</translation>
    </message>
    <message>
        <source>set code language</source>
        <translation>코드 언어 설정</translation>
    </message>
    <message>
        <source>set code warnings</source>
        <translation>코드 내용 경고 설정</translation>
    </message>
    <message>
        <source>set document warnings</source>
        <translation>문서 내용 경고 설정</translation>
    </message>
    <message>
        <source>set memo</source>
        <translation>메모 설정</translation>
    </message>
    <message>
        <source>set own codings only</source>
        <translation>자기 코딩만 보기 설정</translation>
    </message>
    <message>
        <source>set pseudonyms</source>
        <translation>가명 설정</translation>
    </message>
    <message>
        <source>set values</source>
        <translation>값 설정</translation>
    </message>
    <message>
        <source>unlink documents from case</source>
        <translation>사례에서 문서 연결 해제</translation>
    </message>
    <message>
        <source>unlink passages</source>
        <translation>구절 연결 해제</translation>
    </message>
    <message>
        <source>unlink passages from case</source>
        <translation>사례에서 구절 연결 해제</translation>
    </message>
    <message>
        <source>unlink translation</source>
        <translation>번역본 연결 해제</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail — {project}</source>
        <translation>감사 기록 — {project}</translation>
    </message>
    <message>
        <source>Re&amp;set filters</source>
        <translation>필터 초기화(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>코더(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>문서(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>감사 항목</translation>
    </message>
    <message>
        <source>The hash chain has not been checked yet.</source>
        <translation>해시 체인을 아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>체인 검증(&amp;V)</translation>
    </message>
    <message>
        <source>Check that no entry was altered, removed or inserted since it was written</source>
        <translation>기록된 뒤로 변경, 삭제, 삽입된 항목이 없는지 확인합니다</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the entries shown to a CSV or JSON file</source>
        <translation>표시된 항목을 CSV 또는 JSON 파일로 씁니다</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>감사 기록을 다시 읽습니다</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>모든 코더</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>모든 문서</translation>
    </message>
    <message>
        <source>The hash chain has not been checked since the list was read.</source>
        <translation>목록을 읽은 뒤로 해시 체인을 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>항목 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>Last entry {id}: {hash}…</source>
        <translation>마지막 항목 {id}: {hash}…</translation>
    </message>
    <message>
        <source>the audit trail cannot be read ({reason})</source>
        <translation>감사 기록을 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>✔ Chain intact: all {n} entries are as they were written; head and protecting triggers as written.</source>
        <translation>✔ 체인 온전함: 항목 {n}개 모두 기록된 그대로이며, 헤드와 보호 트리거도 기록된 그대로입니다.</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>외 %n개</translation>
    </message>
    <message>
        <source>⚠ The audit trail was tampered with (%n problem): {problems}.</source>
        <translation>⚠ 감사 기록이 변조되었습니다(문제 %n개): {problems}.</translation>
    </message>
    <message>
        <source>⚠ The audit trail was tampered with (%n problems): {problems}.</source>
        <translation>⚠ 감사 기록이 변조되었습니다(문제 %n개): {problems}.</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>감사 기록 내보내기</translation>
    </message>
    <message>
        <source>This project is encrypted, but the exported file will not be: it names coders and documents. Export anyway?</source>
        <translation>이 프로젝트는 암호화되어 있지만 내보낸 파일은 암호화되지 않으며, 코더와 문서의 이름이 들어 있습니다. 그래도 내보낼까요?</translation>
    </message>
    <message>
        <source>Wrote {shown} of {total} entries to {file}.</source>
        <translation>항목 {total}개 중 {shown}개를 {file}에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation>파일을 쓸 수 없습니다({reason})</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>undo {action}</source>
        <translation>{action} 실행 취소</translation>
    </message>
    <message>
        <source>{time} (UTC)</source>
        <translation>{time} (UTC)</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>coding {id}</source>
        <translation>코딩 {id}</translation>
    </message>
    <message>
        <source>“{code}” in “{document}”</source>
        <translation>“{document}”의 “{code}”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>and %n more</source>
        <translation>외 %n개</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>%n coding</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>코딩 %n개</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n}바이트</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Automatic backups of “{project}”, newest first, in {folder}.
Restoring replaces the project with the chosen copy. The current state is kept as a backup too, so a restore can itself be undone.</source>
        <translation>“{project}”의 자동 백업(최신순, 위치: {folder}).
복원하면 프로젝트가 선택한 사본으로 바뀝니다. 현재 상태도 백업으로 남으므로 복원 자체를 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>No backups yet: one is taken each time the project is opened.</source>
        <translation>아직 백업이 없습니다. 프로젝트를 열 때마다 하나씩 만들어집니다.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>지금 백업(&amp;N)</translation>
    </message>
    <message>
        <source>Take a backup of the project as it is now</source>
        <translation>지금 상태의 프로젝트를 백업합니다</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>백업 설정</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source> backups</source>
        <translation>개</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>보관할 백업 개수</translation>
    </message>
    <message>
        <source>A backup is taken each time a project is opened for writing; the oldest beyond this number are deleted. 0 switches automatic backups off.</source>
        <translation>프로젝트를 쓰기용으로 열 때마다 백업이 만들어지고, 이 개수를 넘는 가장 오래된 백업은 삭제됩니다. 0이면 자동 백업을 끕니다.</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>최근 백업 보관(&amp;K):</translation>
    </message>
    <message>
        <source>{n} now, {size}, in {folder}</source>
        <translation>현재 {n}개, {size}, 위치: {folder}</translation>
    </message>
    <message>
        <source>This project:</source>
        <translation>이 프로젝트:</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <source>%n coding</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>%n codings</source>
        <translation>코딩 %n개</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>그 사례</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>먼저 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes).</source>
        <translation>{done} (Ctrl+Z로 실행 취소)</translation>
    </message>
    <message>
        <source>Added case {case}</source>
        <translation>사례 {case}을(를) 추가했습니다</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>새 사례</translation>
    </message>
    <message>
        <source>A pseudonymous label for the person (never a real name), e.g. “Victim A”:</source>
        <translation>이 사람을 가리킬 가명 레이블(실명은 절대 안 됨), 예: “피해자 A”:</translation>
    </message>
    <message>
        <source>Choose case</source>
        <translation>사례 선택</translation>
    </message>
    <message>
        <source>Nothing to store: the case is unchanged.</source>
        <translation>저장할 것이 없습니다. 사례가 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Changed case {case}</source>
        <translation>사례 {case}을(를) 변경했습니다</translation>
    </message>
    <message>
        <source>Choose a case in the Cases panel first.</source>
        <translation>먼저 사례 패널에서 사례를 선택하세요.</translation>
    </message>
    <message>
        <source>Delete case “{case}”?

Its links to {documents} and {passages} go with it, and its {attributes}. The documents and codings themselves stay. Ctrl+Z brings it all back.</source>
        <translation>사례 “{case}”을(를) 삭제할까요?

{documents}와(과) {passages}에 대한 연결, 그리고 {attributes}도 함께 삭제됩니다. 문서와 코딩 자체는 남습니다. Ctrl+Z로 모두 되돌릴 수 있습니다.</translation>
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
        <source>%n coded passage</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n coded passages</source>
        <translation>코딩된 구절 %n개</translation>
    </message>
    <message>
        <source>%n attribute</source>
        <translation>속성 %n개</translation>
    </message>
    <message>
        <source>%n attributes</source>
        <translation>속성 %n개</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>사례 삭제</translation>
    </message>
    <message>
        <source>Deleted case {case}</source>
        <translation>사례 {case}을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Choose the case to merge in the Cases panel first.</source>
        <translation>먼저 사례 패널에서 병합할 사례를 선택하세요.</translation>
    </message>
    <message>
        <source>Merge “{case}” into…</source>
        <translation>“{case}”을(를) 병합할 대상…</translation>
    </message>
    <message>
        <source>Merged case {source} into {target}</source>
        <translation>사례 {source}을(를) {target}에 병합했습니다</translation>
    </message>
    <message>
        <source>{what}: “{ours}” in {target}, “{theirs}” in {source}</source>
        <translation>{what}: {target}에서는 “{ours}”, {source}에서는 “{theirs}”</translation>
    </message>
    <message>
        <source>“{target}” and “{source}” disagree. Merge anyway? {target}&apos;s values are kept; {source}&apos;s go into its memo.</source>
        <translation>“{target}”와(과) “{source}”의 값이 서로 다릅니다. 그래도 병합할까요? {target}의 값이 유지되고, {source}의 값은 메모로 들어갑니다.</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>사례 병합</translation>
    </message>
    <message>
        <source>Link passages to which case?</source>
        <translation>구절을 어느 사례에 연결할까요?</translation>
    </message>
    <message>
        <source>Unlinked {codings} from {case}</source>
        <translation>{case}에서 {codings}의 연결을 해제했습니다</translation>
    </message>
    <message>
        <source>Link the document to which case?</source>
        <translation>문서를 어느 사례에 연결할까요?</translation>
    </message>
    <message>
        <source>Linked the document to {case}</source>
        <translation>문서를 {case}에 연결했습니다</translation>
    </message>
    <message>
        <source>Unlinked the document from {case}</source>
        <translation>문서와 {case}의 연결을 해제했습니다</translation>
    </message>
    <message>
        <source>Linked {codings} to {case}</source>
        <translation>{codings}을(를) {case}에 연결했습니다</translation>
    </message>
    <message>
        <source>Select a coded passage (or click a highlight, or choose rows in the segments table) first; a case links to coded passages, so code the passage first.</source>
        <translation>먼저 코딩된 구절을 선택하세요(또는 강조 표시를 클릭하거나 구절 표에서 행을 고르세요). 사례는 코딩된 구절에 연결되므로 구절을 먼저 코딩하세요.</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>먼저 문서를 여세요.</translation>
    </message>
    <message>
        <source>Choose a case in the Cases panel first (Ctrl+Shift+G).</source>
        <translation>먼저 사례 패널에서 사례를 선택하세요(Ctrl+Shift+G).</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case label</source>
        <translation>사례 레이블</translation>
    </message>
    <message>
        <source>Case role</source>
        <translation>사례 역할</translation>
    </message>
    <message>
        <source>Case memo</source>
        <translation>사례 메모</translation>
    </message>
    <message>
        <source>Memo: who this person is, where the label comes from…</source>
        <translation>메모: 이 사람이 누구인지, 레이블이 어디서 왔는지…</translation>
    </message>
    <message>
        <source>Case attributes</source>
        <translation>사례 속성</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Store the changes to this case (one undo step)</source>
        <translation>이 사례의 변경 내용을 저장합니다(실행 취소 한 단계)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>되돌리기(&amp;V)</translation>
    </message>
    <message>
        <source>Show the case as stored, dropping the edits</source>
        <translation>편집 내용을 버리고 저장된 사례를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a case above, or create one (Ctrl+Shift+E).</source>
        <translation>위에서 사례를 선택하거나 새로 만드세요(Ctrl+Shift+E).</translation>
    </message>
    <message>
        <source>Attribute type</source>
        <translation>속성 유형</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Case (whole document): {cases}</source>
        <translation>사례(문서 전체): {cases}</translation>
    </message>
    <message>
        <source>Cases (whole document): {cases}</source>
        <translation>사례(문서 전체): {cases}</translation>
    </message>
    <message>
        <source>Case: {cases}</source>
        <translation>사례: {cases}</translation>
    </message>
    <message>
        <source>Cases: {cases}</source>
        <translation>사례: {cases}</translation>
    </message>
</context>
<context>
    <name>CasePalette</name>
    <message>
        <source>Choose case</source>
        <translation>사례 선택</translation>
    </message>
    <message>
        <source>Type part of a case&apos;s label, then Enter</source>
        <translation>사례 레이블의 일부를 입력하고 Enter</translation>
    </message>
    <message>
        <source>No cases yet: type a label and press Enter to create one.</source>
        <translation>아직 사례가 없습니다. 레이블을 입력하고 Enter를 누르면 만들어집니다.</translation>
    </message>
    <message>
        <source>{case}    — {role}, {documents} doc · {passages} passages</source>
        <translation>{case}    — {role}, 문서 {documents} · 구절 {passages}</translation>
    </message>
    <message>
        <source>+ New case “{case}”</source>
        <translation>+ 새 사례 “{case}”</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>victim</source>
        <translation>피해자</translation>
    </message>
    <message>
        <source>perpetrator</source>
        <translation>가해자</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>예/아니요</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>{label} ({role})</source>
        <translation>{label} ({role})</translation>
    </message>
    <message>
        <source>%n document linked whole</source>
        <translation>전체 연결된 문서 %n개</translation>
    </message>
    <message>
        <source>%n documents linked whole</source>
        <translation>전체 연결된 문서 %n개</translation>
    </message>
    <message>
        <source>%n passage linked directly</source>
        <translation>직접 연결된 구절 %n개</translation>
    </message>
    <message>
        <source>%n passages linked directly</source>
        <translation>직접 연결된 구절 %n개</translation>
    </message>
    <message>
        <source>{documents}, {passages}</source>
        <translation>{documents}, {passages}</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <source>Filter cases…</source>
        <translation>사례 필터…</translation>
    </message>
    <message>
        <source>Matches label, role, attributes and memo</source>
        <translation>레이블, 역할, 속성, 메모에서 찾습니다</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>사례 필터</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Show the chosen case&apos;s passages in the Coded segments table</source>
        <translation>선택한 사례의 구절을 코딩된 구절 표에 보여 줍니다</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>Edit the chosen case: label, role, memo, attributes (Case → Edit case)</source>
        <translation>선택한 사례 편집: 레이블, 역할, 메모, 속성(사례 → 사례 편집)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
</context>
<context>
    <name>CodePalette</name>
    <message>
        <source>Quick code</source>
        <translation>빠른 코딩</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name, then Enter</source>
        <translation>코드 이름의 일부를 입력하고 Enter</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
</context>
<context>
    <name>CoderDialog</name>
    <message>
        <source>Switch coder</source>
        <translation>코더 전환</translation>
    </message>
    <message>
        <source>Filter, or type a new coder&apos;s name</source>
        <translation>필터, 또는 새 코더 이름 입력</translation>
    </message>
    <message>
        <source>{name}  (current)</source>
        <translation>{name}  (현재)</translation>
    </message>
    <message>
        <source>&amp;Code as this coder</source>
        <translation>이 코더로 코딩(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add new coder</source>
        <translation>새 코더 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code as one of this project&apos;s coders:</source>
        <translation>이 프로젝트의 코더 중 하나로 코딩(&amp;C):</translation>
    </message>
    <message>
        <source>To add a coder, type their name above.</source>
        <translation>코더를 추가하려면 위에 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>{coder} is already a coder of this project.</source>
        <translation>{coder}은(는) 이미 이 프로젝트의 코더입니다.</translation>
    </message>
    <message>
        <source>“{name}” is {coder}, already a coder of this project.</source>
        <translation>“{name}”은(는) 이미 이 프로젝트의 코더인 {coder}입니다.</translation>
    </message>
    <message>
        <source>&amp;Add new coder “{name}”</source>
        <translation>새 코더 “{name}” 추가(&amp;A)</translation>
    </message>
    <message>
        <source>No coder matches. Add “{name}” as a new coder of this project?</source>
        <translation>일치하는 코더가 없습니다. “{name}”을(를) 이 프로젝트의 새 코더로 추가할까요?</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Content warnings</source>
        <translation>내용 경고</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>코딩됨</translation>
    </message>
    <message>
        <source>CW</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>{length} characters, {percent} coded</source>
        <translation>{length}자, {percent} 코딩됨</translation>
    </message>
    <message>
        <source>Linked whole to case {case}</source>
        <translation>사례 {case}에 전체 연결됨</translation>
    </message>
    <message>
        <source>Has passages linked to case {case}</source>
        <translation>사례 {case}에 연결된 구절이 있음</translation>
    </message>
    <message>
        <source>Content warnings: {warnings}</source>
        <translation>내용 경고: {warnings}</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>An unexpected error happened. Your project is safe: every change is saved as you make it, and the step that failed was not saved. You can keep working.
If it happens again, please send the report below to the developers. It holds the program&apos;s internal trace, not your documents, but read it first: it may name files.</source>
        <translation>예기치 않은 오류가 발생했습니다. 프로젝트는 안전합니다. 모든 변경은 할 때마다 저장되며, 실패한 단계는 저장되지 않았습니다. 계속 작업해도 됩니다.
다시 발생하면 아래 보고서를 개발자에게 보내 주세요. 보고서에는 문서가 아닌 프로그램 내부 추적 정보가 들어 있지만, 파일 이름이 있을 수 있으니 먼저 읽어 보세요.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>Money — amount and currency</source>
        <translation>금액 — 액수와 통화</translation>
    </message>
    <message>
        <source>Age — years, or a range</source>
        <translation>나이 — 세, 또는 범위</translation>
    </message>
    <message>
        <source>Date — day, month, year or a range</source>
        <translation>날짜 — 일, 월, 연도 또는 범위</translation>
    </message>
    <message>
        <source>Duration — a length of time</source>
        <translation>기간 — 시간의 길이</translation>
    </message>
    <message>
        <source>Place — name, area, country</source>
        <translation>장소 — 지명, 지역, 국가</translation>
    </message>
    <message>
        <source>Count — a whole number</source>
        <translation>개수 — 정수</translation>
    </message>
    <message>
        <source>Choice — one of a list</source>
        <translation>선택 — 목록 중 하나</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
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
        <source>(as the passage says)</source>
        <translation>(구절에 적힌 대로)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>주</translation>
    </message>
    <message>
        <source>months</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>years</source>
        <translation>년</translation>
    </message>
    <message>
        <source>per {units}</source>
        <translation>{units}당</translation>
    </message>
    <message>
        <source>in {unit}</source>
        <translation>단위: {unit}</translation>
    </message>
    <message>
        <source>{name} — {kind} ({options})</source>
        <translation>{name} — {kind} ({options})</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <source>Values asked for when applied:</source>
        <translation>적용할 때 묻는 값:</translation>
    </message>
    <message>
        <source>Value fields — {code}</source>
        <translation>값 필드 — {code}</translation>
    </message>
    <message>
        <source>When &lt;b&gt;{code}&lt;/b&gt; is applied, the coder is asked for these values (proposed from the passage). Every change here can be undone with Ctrl+Z.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;을(를) 적용하면 코더에게 이 값들을 묻습니다(구절에서 제안된 값). 여기서 한 모든 변경은 Ctrl+Z로 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Value fields</source>
        <translation>값 필드</translation>
    </message>
    <message>
        <source>&amp;New field</source>
        <translation>새 필드(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete field</source>
        <translation>필드 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. price, age, date of sale</source>
        <translation>예: 가격, 나이, 판매 날짜</translation>
    </message>
    <message>
        <source>ISO code when the passage names none, e.g. CNY</source>
        <translation>구절에 통화가 없을 때의 ISO 코드, 예: CNY</translation>
    </message>
    <message>
        <source>units a price can be per, e.g. night, client</source>
        <translation>가격의 기준 단위, 예: night, client</translation>
    </message>
    <message>
        <source>one choice per line</source>
        <translation>한 줄에 선택지 하나</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>통화(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>기준 단위(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>단위(&amp;U):</translation>
    </message>
    <message>
        <source>C&amp;hoices:</source>
        <translation>선택지(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Save field</source>
        <translation>필드 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>필드 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add value field</source>
        <translation>값 필드 추가</translation>
    </message>
    <message>
        <source>Change value field</source>
        <translation>값 필드 변경</translation>
    </message>
    <message>
        <source>Delete value field</source>
        <translation>값 필드 삭제</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>%n imported</source>
        <translation>%n개 가져옴</translation>
    </message>
    <message>
        <source>%n selection not imported</source>
        <translation>선택 영역 %n개 가져오지 않음</translation>
    </message>
    <message>
        <source>%n selections not imported</source>
        <translation>선택 영역 %n개 가져오지 않음</translation>
    </message>
    <message>
        <source>%n REFI-QDA package not imported (selections would be lost)</source>
        <translation>REFI-QDA 패키지 %n개 가져오지 않음(선택 영역이 사라질 수 있음)</translation>
    </message>
    <message>
        <source>%n REFI-QDA packages not imported (selections would be lost)</source>
        <translation>REFI-QDA 패키지 %n개 가져오지 않음(선택 영역이 사라질 수 있음)</translation>
    </message>
    <message>
        <source>%n skipped</source>
        <translation>%n개 건너뜀</translation>
    </message>
    <message>
        <source>%n failed</source>
        <translation>%n개 실패</translation>
    </message>
    <message>
        <source>{summary} (stopped: cancelled)</source>
        <translation>{summary} (중단됨: 취소)</translation>
    </message>
    <message>
        <source>… and %n more</source>
        <translation>… 외 %n개</translation>
    </message>
    <message>
        <source>Import the rest anyway? The selections listed will not be in the project.</source>
        <translation>그래도 나머지를 가져올까요? 위에 나열된 선택 영역은 프로젝트에 들어가지 않습니다.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>{summary}. What did not come in:</source>
        <translation>{summary}. 가져오지 못한 항목:</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>가져오지 못한 파일</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>not a Testimony Annotator project (neither a project file nor an encrypted one)</source>
        <translation>Testimony Annotator 프로젝트가 아닙니다(프로젝트 파일도, 암호화된 프로젝트도 아님)</translation>
    </message>
    <message>
        <source>“{file}” is encrypted (or it is not a project file).
Passphrase:</source>
        <translation>“{file}”은(는) 암호화되어 있습니다(또는 프로젝트 파일이 아닙니다).
암호 문구:</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open “{file}” (or the file is not an encrypted project).
Try again, or Cancel:</source>
        <translation>암호 문구가 틀렸습니다. “{file}”을(를) 열 수 없습니다(또는 암호화된 프로젝트 파일이 아닙니다).
다시 입력하거나 취소하세요:</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>암호화된 프로젝트</translation>
    </message>
    <message>
        <source>The automatic backup failed ({reason}); the project itself is fine.</source>
        <translation>자동 백업에 실패했습니다({reason}). 프로젝트 자체는 문제없습니다.</translation>
    </message>
    <message>
        <source>The automatic backup failed ({reason}).</source>
        <translation>자동 백업에 실패했습니다({reason}).</translation>
    </message>
</context>
<context>
    <name>PseudonymDialog</name>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Kim Ok-sun left Hoeryong in 1998 with a broker called Mr Park.</source>
        <translation>김옥순은 1998년 박 씨라는 브로커와 함께 회령을 떠났다.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>Names, places and other identifiers, and what exports write instead (e.g. “Kim Ok-sun” → “Participant 3”). The project&apos;s texts are never changed; exports that pseudonymise apply this list to every document.</source>
        <translation>이름, 장소 등 신원을 드러내는 말과, 내보내기에서 대신 쓸 말(예: “김옥순” → “참여자 3”). 프로젝트의 텍스트는 바뀌지 않으며, 가명 처리하는 내보내기가 모든 문서에 이 목록을 적용합니다.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>바꿀 말</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>행 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>행 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Sample passage</source>
        <translation>예시 구절</translation>
    </message>
    <message>
        <source>Sample passage, pseudonymised</source>
        <translation>가명 처리된 예시 구절</translation>
    </message>
    <message>
        <source>Sa&amp;mple passage (editable):</source>
        <translation>예시 구절(편집 가능)(&amp;M):</translation>
    </message>
    <message>
        <source>As an export writes it:</source>
        <translation>내보내기에서 쓰는 모습:</translation>
    </message>
    <message>
        <source>Not saved: {reason}.</source>
        <translation>저장하지 않았습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Double-click to edit the values</source>
        <translation>두 번 클릭하면 값을 편집합니다</translation>
    </message>
    <message>
        <source>Linked to no case</source>
        <translation>연결된 사례 없음</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>기능</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Contradiction</source>
        <translation>모순</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{months} months ({years} years)</source>
        <translation>{months}개월({years}년)</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months}개월</translation>
    </message>
    <message>
        <source>Leaving home → first sale</source>
        <translation>집을 떠남 → 첫 판매</translation>
    </message>
    <message>
        <source>needs a dated departure (border crossing or place of origin) and a dated sale after it</source>
        <translation>날짜가 있는 출발(국경 넘기 또는 출신지)과 그 뒤의 날짜가 있는 판매가 필요합니다</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>판매된 횟수</translation>
    </message>
    <message>
        <source>needs a passage coded as a sale or a resale</source>
        <translation>판매 또는 재판매로 코딩된 구절이 필요합니다</translation>
    </message>
    <message>
        <source>Time in exploitation</source>
        <translation>착취 기간</translation>
    </message>
    <message>
        <source>needs a dated first sale and a dated escape or repatriation after it</source>
        <translation>날짜가 있는 첫 판매와 그 뒤의 날짜가 있는 탈출 또는 강제 송환이 필요합니다</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>⚠ contradiction, ⋯ gap before or after this event</source>
        <translation>⚠ 모순, ⋯ 이 사건 앞뒤의 공백</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>표시 없음</translation>
    </message>
    <message>
        <source>{kind}: {flag}</source>
        <translation>{kind}: {flag}</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (대략)</translation>
    </message>
    <message>
        <source> (a range: sorted by its middle)</source>
        <translation> (범위: 중간값 기준 정렬)</translation>
    </message>
    <message>
        <source>{document}, characters {start}–{end}, coded by {coder}</source>
        <translation>{document}, {start}–{end}번째 문자, 코더: {coder}</translation>
    </message>
    <message>
        <source>Click or Enter: open the passage</source>
        <translation>클릭 또는 Enter: 구절 열기</translation>
    </message>
</context>
<context>
    <name>TimelineWindow</name>
    <message>
        <source>Journey timeline</source>
        <translation>여정 타임라인</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Events in date order</source>
        <translation>날짜순 사건</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>사례(&amp;C):</translation>
    </message>
    <message>
        <source>{case} ({role})</source>
        <translation>{case} ({role})</translation>
    </message>
    <message>
        <source>This case is gone (deleted or merged; Ctrl+Z brings it back).</source>
        <translation>이 사례는 없어졌습니다(삭제 또는 병합됨, Ctrl+Z로 되돌릴 수 있음).</translation>
    </message>
    <message>
        <source>Choose a case.</source>
        <translation>사례를 선택하세요.</translation>
    </message>
    <message>
        <source>Reading the journey…</source>
        <translation>여정을 읽는 중…</translation>
    </message>
    <message>
        <source>Journey timeline — {case}</source>
        <translation>여정 타임라인 — {case}</translation>
    </message>
    <message>
        <source>%n dated event</source>
        <translation>날짜가 있는 사건 %n개</translation>
    </message>
    <message>
        <source>%n dated events</source>
        <translation>날짜가 있는 사건 %n개</translation>
    </message>
    <message>
        <source>No dated events yet: code dates (and places) on this person&apos;s passages.</source>
        <translation>아직 날짜가 있는 사건이 없습니다. 이 사람의 구절에 날짜(와 장소)를 코딩하세요.</translation>
    </message>
    <message>
        <source>The journey could not be read.</source>
        <translation>여정을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Derived from the dated events below</source>
        <translation>아래의 날짜가 있는 사건에서 산출</translation>
    </message>
    <message>
        <source>{kind}: {flag}</source>
        <translation>{kind}: {flag}</translation>
    </message>
    <message>
        <source>Click: show its events</source>
        <translation>클릭: 해당 사건 보기</translation>
    </message>
</context>
<context>
    <name>TrustController</name>
    <message>
        <source>Open a project (not read-only) first.</source>
        <translation>먼저 프로젝트를 여세요(읽기 전용이 아닌 상태로).</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>백업에 실패했습니다: {reason}</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>{file}에 백업했습니다.</translation>
    </message>
    <message>
        <source>No backup taken.</source>
        <translation>백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Replace the project with the backup taken {when}?

Codings, memos and codebook changes made since then are replaced. The current state is kept as a backup too, so you can return to it with Restore from backup.</source>
        <translation>프로젝트를 {when}에 만든 백업으로 바꿀까요?

그 뒤에 한 코딩, 메모, 코드북 변경은 대체됩니다. 현재 상태도 백업으로 남으므로 ‘백업에서 복원’으로 돌아올 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup “{file}” is encrypted.
Its passphrase:</source>
        <translation>백업 “{file}”은(는) 암호화되어 있습니다.
암호 문구:</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>복원하지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}; the previous state is kept as {file}.</source>
        <translation>{when}에 만든 백업을 복원했습니다. 이전 상태는 {file}(으)로 보관됩니다.</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}; the previous state is kept as a backup.</source>
        <translation>{when}에 만든 백업을 복원했습니다. 이전 상태는 백업으로 보관됩니다.</translation>
    </message>
    <message>
        <source>Keeping the last %n automatic backups.</source>
        <translation>최근 자동 백업 %n개를 보관합니다.</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>자동 백업이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Encrypt project</source>
        <translation>프로젝트 암호화</translation>
    </message>
    <message>
        <source>This project is already encrypted.</source>
        <translation>이 프로젝트는 이미 암호화되어 있습니다.</translation>
    </message>
    <message>
        <source>Project encrypted</source>
        <translation>프로젝트 암호화됨</translation>
    </message>
    <message>
        <source>“{file}” is now encrypted.</source>
        <translation>“{file}”이(가) 암호화되었습니다.</translation>
    </message>
    <message>
        <source>“{file}” is now encrypted. These files still hold its content UNENCRYPTED:

{files}

Delete them now? (Check first that the encrypted project opens: it just did.)</source>
        <translation>“{file}”이(가) 암호화되었습니다. 다음 파일에는 아직 내용이 암호화되지 않은 채로 있습니다:

{files}

지금 삭제할까요? (먼저 암호화된 프로젝트가 열리는지 확인하세요. 방금 열렸습니다.)</translation>
    </message>
    <message>
        <source>Could not delete:
{files}</source>
        <translation>삭제하지 못했습니다:
{files}</translation>
    </message>
    <message>
        <source>Decrypt project</source>
        <translation>프로젝트 복호화</translation>
    </message>
    <message>
        <source>This project is not encrypted.</source>
        <translation>이 프로젝트는 암호화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Remove the encryption of “{file}”?

Anyone who can read the file will then be able to read the testimonies, codes and names.</source>
        <translation>“{file}”의 암호화를 해제할까요?

그러면 파일을 읽을 수 있는 사람은 누구나 증언, 코드, 이름을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Project decrypted</source>
        <translation>프로젝트 복호화됨</translation>
    </message>
    <message>
        <source>“{file}” is no longer encrypted. The encrypted original is kept as:
{backup}</source>
        <translation>“{file}”은(는) 더 이상 암호화되어 있지 않습니다. 암호화된 원본은 다음 위치에 보관됩니다:
{backup}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>아무것도 바뀌지 않았습니다: {reason}</translation>
    </message>
    <message>
        <source>Pseudonyms</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>The stored pseudonym list cannot be read ({reason}).</source>
        <translation>저장된 가명 목록을 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>Saved %n pseudonym (Ctrl+Z undoes).</source>
        <translation>가명 %n개를 저장했습니다(Ctrl+Z로 실행 취소).</translation>
    </message>
    <message>
        <source>Saved %n pseudonyms (Ctrl+Z undoes).</source>
        <translation>가명 %n개를 저장했습니다(Ctrl+Z로 실행 취소).</translation>
    </message>
</context>
<context>
    <name>TrustPrompts</name>
    <message>
        <source>Encrypt {project}</source>
        <translation>{project} 암호화</translation>
    </message>
    <message>
        <source>Choose a passphrase for “{project}” (at least {n} characters).
Without it the project cannot be opened: nobody can recover it for you.</source>
        <translation>“{project}”의 암호 문구를 정하세요({n}자 이상).
암호 문구 없이는 프로젝트를 열 수 없으며, 누구도 대신 복구해 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>Too short: a passphrase needs at least {n} characters. Choose another:</source>
        <translation>너무 짧습니다. 암호 문구는 {n}자 이상이어야 합니다. 다시 정하세요:</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>같은 암호 문구를 다시 입력하세요:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Choose a passphrase (at least {n} characters):</source>
        <translation>두 암호 문구가 다릅니다. 암호 문구를 정하세요({n}자 이상):</translation>
    </message>
</context>
<context>
    <name>ValueTexts</name>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
</context>
</TS>
