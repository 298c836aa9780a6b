import type { Catalog } from './types.ts';

/** UI strings of the reading pages: home, the note list, a note, its questions, tags, 404. */
export const notes = {
  // ── home ──
  'home.description': {
    ko: 'Amazon EMR 아키텍처 시험 대비 노트 {notes}개와 문제 {questions}개를 주제별 태그로 묶었습니다.',
    en: '{notes} notes and {questions} exam-style questions on Amazon EMR architecture, by topic.',
  },
  'home.title': { ko: 'Amazon EMR 시험 대비', en: 'Exam prep for Amazon EMR architecture' },
  'home.lede': {
    ko: '개념 노트와 시험형 문제를 태그로 묶었습니다. 노트마다 핵심 포인트와 설명, 그리고 정답과 모든 보기의 해설이 있는 문제가 있습니다.',
    en: 'Concept notes and exam-style questions, organised by tag. Every note has its key point and explanation, and every question shows its key and the reason for every option.',
  },
  'home.countsTitle': { ko: '규모', en: 'What the site holds' },
  'home.statNotes': { ko: '노트', en: 'Notes' },
  'home.statQuestions': { ko: '문제', en: 'Questions' },
  'home.statTags': { ko: '태그', en: 'Tags' },
  'home.topics': { ko: '주제별 태그', en: 'Topics' },
  'home.noTags': { ko: '태그가 없습니다.', en: 'No tags yet.' },
  'home.cardCounts': {
    ko: '노트 {notes} · 문제 {questions} · 하위 태그 {children}',
    en: '{notes} notes · {questions} questions · {children} child tags',
  },
  'home.recent': { ko: '최근 수정한 노트', en: 'Recently modified' },
  'home.allNotes': { ko: '모든 노트 {count}개 보기 →', en: 'All {count} notes →' },
  // ── note lists ──
  'notes.title': { ko: '모든 노트', en: 'All notes' },
  'notes.description': {
    ko: 'emr-prep의 노트 {count}개를 제목순으로, 핵심 포인트와 함께.',
    en: 'All {count} notes of emr-prep, by title, with their key points.',
  },
  'noteList.empty': { ko: '노트가 없습니다.', en: 'No notes.' },
  'noteList.more': { ko: '노트 {count}개 더 보기', en: ({ count }) => `${count} more note${count === 1 ? '' : 's'}` },
  'noteList.modified': { ko: '수정', en: 'Modified' },
  // ── a note ──
  'note.description': { ko: '{title} — emr-prep 노트', en: '{title} — emr-prep note' },
  'note.modified': { ko: '수정', en: 'Modified' },
  'note.created': { ko: '작성', en: 'Created' },
  'note.tags': { ko: '태그', en: 'Tags' },
  'note.untagged': { ko: '태그 없음', en: 'Untagged' },
  'note.keyPoint': { ko: '핵심 포인트', en: 'Key point' },
  'note.questions': { ko: '관련 문제', en: 'Questions' },
  'note.questionsHelp': { ko: '답을 고른 뒤 “정답 보기”를 열어 보세요.', en: 'Pick an answer, then open “Show answer”.' },
  'note.quizMe': { ko: '이 노트로 퀴즈 풀기', en: 'Quiz me on this note' },
  'note.sources': { ko: '출처', en: 'Sources' },
  'note.related': { ko: '관련 노트', en: 'Related notes' },
  'note.relatedShared': { ko: '공유 태그: {tags}', en: 'Shared tags: {tags}' },
  'note.relatedEmpty': { ko: '태그를 공유하는 노트가 없습니다.', en: 'No note shares a tag with this one.' },
  'note.backlinks': { ko: '이 노트를 링크하는 노트', en: 'Notes that link here' },
  'note.backlinksEmpty': { ko: '이 노트를 링크하는 노트가 없습니다.', en: 'No note links here yet.' },
  'note.file': { ko: '파일', en: 'File' },
  'note.repaired': {
    ko: '깨진 인코딩을 복구함 ({codepage}, 복원 {restored}자, 추정 {guessed}자)',
    en: 'repaired from mojibake ({codepage}, {restored} restored, {guessed} guessed)',
  },
  'note.devOnly': { ko: '작성자용 (개발 서버에서만 보임)', en: 'For authors (shown by the dev server only)' },
  // ── on this page ──
  'toc.title': { ko: '이 페이지의 내용', en: 'On this page' },
  'toc.top': { ko: '맨 위로', en: 'Back to top' },
  // ── a question on its note page ──
  'question.title': { ko: '문제 {number}', en: 'Question {number}' },
  'question.chooseN': { ko: '{count}개 선택', en: 'Choose {count}' },
  'question.showAnswer': { ko: '정답 보기', en: 'Show answer' },
  'question.answerKey': { ko: '정답:', en: 'Answer key:' },
  'question.keyed': { ko: '정답', en: 'Keyed' },
  'question.distractor': { ko: '오답', en: 'Distractor' },
  'question.noExplanation': { ko: '설명 없음', en: 'No explanation given' },
  'question.source': { ko: '원본', en: 'Source' },
  // ── tags ──
  'tags.title': { ko: '태그', en: 'Tags' },
  'tags.description': {
    ko: 'emr-prep의 태그 {count}개를 주제별로, 태그마다 노트와 문제 수와 함께.',
    en: 'All {count} tags of emr-prep by namespace, with the number of notes and questions under each.',
  },
  'tags.help': {
    ko: '태그는 namespace/value 형식이며 상위 태그를 포함합니다. 숫자는 노트 · 문제 수입니다.',
    en: 'Tags are namespace/value paths, and a tag implies its ancestors. The numbers are notes · questions.',
  },
  'tags.none': { ko: '태그가 없습니다.', en: 'No tags yet.' },
  'tags.countTitle': { ko: '노트 {notes}개 · 문제 {questions}개', en: '{notes} notes · {questions} questions' },
  'tags.breadcrumbs': { ko: '태그 경로', en: 'Tag hierarchy' },
  'tag.pageTitle': { ko: '{label} — 태그', en: '{label} — tag' },
  'tag.description': {
    ko: '{label}: 태그 {path}의 노트 {notes}개와 문제 {questions}개.',
    en: '{label}: {notes} notes and {questions} questions tagged {path} on emr-prep.',
  },
  'tag.unregistered': { ko: '미등록 태그', en: 'Unregistered tag' },
  'tag.counts': { ko: '노트 {notes}개 · 문제 {questions}개', en: '{notes} notes · {questions} questions' },
  'tag.countsWithChildren': {
    ko: '노트 {notes}개 · 문제 {questions}개 (하위 태그 포함)',
    en: '{notes} notes · {questions} questions (child tags included)',
  },
  'tag.quizMe': { ko: '이 태그로 퀴즈 풀기', en: 'Quiz me on this tag' },
  'tag.quizMeCount': { ko: '이 태그로 {count}문제 퀴즈 풀기', en: 'Quiz me on this tag: {count} questions' },
  'tag.quizAll': { ko: '전체 {total}문제 풀기', en: 'All {total} questions' },
  'tag.children': { ko: '하위 태그', en: 'Child tags' },
  'tag.notes': { ko: '노트', en: 'Notes' },
  'tag.questions': { ko: '문제', en: 'Questions' },
  'tag.noQuestions': { ko: '이 태그에는 문제가 없습니다.', en: 'No questions under this tag.' },
  'tag.via': { ko: '하위 태그: {tags}', en: 'Via: {tags}' },
  'tag.showQuestions': { ko: '문제 {count}개 모두 보기 (노트 {notes}개)', en: 'Show all {count} questions ({notes} notes)' },
  'tag.groupCount': { ko: '문제 {count}개', en: ({ count }) => `${count} question${count === 1 ? '' : 's'}` },
  // ── 404 ──
  'notFound.title': { ko: '페이지를 찾을 수 없습니다', en: 'Page not found' },
  'notFound.description': {
    ko: 'emr-prep에 없는 페이지입니다. 홈, 태그 목록, 또는 노트 목록으로 가세요.',
    en: 'This page does not exist on emr-prep. Go to the home page, the tag index or pick a note.',
  },
  'notFound.lede': {
    ko: '주소가 바뀌었거나 노트의 이름이 바뀌었거나 삭제되었을 수 있습니다.',
    en: 'The address may have changed, or the note was renamed or removed.',
  },
  'notFound.home': { ko: '홈으로', en: 'Home' },
  'notFound.tags': { ko: '태그 목록', en: 'Tag index' },
  'notFound.notes': { ko: '모든 노트', en: 'All notes' },
  'notFound.allNotes': { ko: '노트 {count}개', en: 'All {count} notes' },
} satisfies Catalog;
