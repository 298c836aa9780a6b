/**
 * The search benchmark's corpus: N generated notes (Korean + English, deterministic from a seed)
 * in the shape search reads (`SearchSource`: notes with title, aliases, tags, key point,
 * headings and rendered body; question stems; tags with labels), and a labelled query set whose
 * answers are known by construction.
 *
 * Text: sentences of Korean nouns with particles (chosen by es-hangul `josa`, so 인스턴스를 but
 * 노드를/클러스터를 correctly), Korean predicates and English words mixed in, nouns drawn with a
 * Zipf distribution from a lexicon (domain words written for the benchmark plus synthesized
 * words), so vocabulary and postings grow as in real notes. No sentence of the bundled notes or
 * the owner's seeds is used.
 *
 * Labelled queries: "needles" — words that occur nowhere else — are planted in 1–3 notes each, in
 * a random field (title, alias, heading, key point, question stem or body), in the form the
 * query category tests; the query's expected answer is exactly those notes:
 * - ko-particle: the note says needle+particle; the query is the bare needle, or the needle with
 *   another particle;
 * - ko-derived: the note says needle+성/화/적/률 (상호작용 → 상호작용성);
 * - ko-compound: the note writes a noun and the needle as one word (스팟인스턴스);
 * - ko-choseong: the query is the needle's initial consonants;
 * - ko-composing: the query is the needle with its last syllable still being composed (es-hangul
 *   `removeLastCharacter`: 프론트엔드 → 프론트엔ㄷ);
 * - ko-typo / ko-typo-short: one vowel of one syllable is wrong in the query (needles of 3–4
 *   syllables; of 2 syllables, where one syllable is half the word);
 * - ko-multi: two needles planted in the same notes, queried together;
 * - en-plural / en-split / en-typo: English needles queried in the other number, run together
 *   (`foobar` for `foo bar`), or with one letter wrong;
 * - mixed: an English and a Korean needle planted together and queried together;
 * - common: frequent domain words (`클러스터`, `spot instances`), no labelled answer — for latency,
 *   since they match hundreds of notes.
 *
 * Determinism: one Mersenne Twister stream (pure-rand) from the seed; the same (seed, N) gives the
 * same corpus and queries.
 */
import { getChoseong, josa, removeLastCharacter } from 'es-hangul';
import { mersenne, uniformIntDistribution, type RandomGenerator } from 'pure-rand';
import type { SearchSource } from '../src/core/search/documents.ts';

/** A query of the labelled set. */
export interface LabelledQuery {
  query: string;
  category: string;
  /** `ko`, `en` or `mixed`. */
  lang: 'ko' | 'en' | 'mixed';
  /** Slugs of the notes the query must find; empty for a latency-only query (category `common`). */
  expected: string[];
}

/** A generated corpus. */
export interface GeneratedCorpus {
  source: { notes: SearchSource['notes'][number][]; questions: SearchSource['questions'][number][]; tags: SearchSource['tags'][number][] };
  queries: LabelledQuery[];
  /** Characters of note text (titles, key points, headings, bodies, stems). */
  textChars: number;
}

class Rng {
  private g: RandomGenerator;
  constructor(seed: number) {
    this.g = mersenne(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    const [v, next] = uniformIntDistribution(lo, hi, this.g);
    this.g = next;
    return v;
  }
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }
}

/** Zipf sampler over a list (weight of rank r ∝ 1/r). */
class Zipf<T> {
  private readonly cumulative: number[] = [];
  constructor(
    private readonly items: readonly T[],
    private readonly rng: Rng,
  ) {
    let total = 0;
    for (let r = 1; r <= items.length; r++) this.cumulative.push((total += 1 / r));
  }
  next(): T {
    const total = this.cumulative[this.cumulative.length - 1]!;
    const x = (this.rng.int(0, 1_000_000_000) / 1_000_000_000) * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const DOMAIN_KO = (
  '클러스터 인스턴스 노드 스팟 비용 메모리 드라이버 실행기 작업 데이터 저장소 확장 가용성 장애 복구 네트워크 보안 권한 역할 로그 ' +
  '모니터링 파티션 셔플 스트리밍 배치 요금 예약 용량 한도 설정 파라미터 스케줄 알림 회수 종료 시작 노트북 분석 모델 학습 추론 ' +
  '파이프라인 쿼리 테이블 카탈로그 메타스토어 복제 계수 디스크 볼륨 처리량 지연 대기열 컨테이너 애플리케이션 서비스 워크로드 리소스 ' +
  '스토리지 프레임워크 아키텍처 시나리오 옵션 정책 규칙 시험 문제 정답 오답 선지 개념 설명 사례 기준 방식 구성 환경 버전 기능 ' +
  '성능 속도 크기 유형 선택 운영 배포 관리 조정 제어 요청 응답 사용자 분석가 엔지니어 계정 리전 영역 서브넷 암호화 키 인증 ' +
  '세션 단계 순서 조건 결과 원인 해결 방법 이유 차이 장점 단점 비교 계산 공식 수치 단위 시간 분 초 대수 코어 태스크 기본값'
).split(' ');

const PREDICATES = (
  '한다 된다 쓴다 돌린다 줄인다 늘린다 필요하다 가능하다 중요하다 유리하다 저렴하다 빠르다 느리다 잃는다 남는다 바뀐다 정한다 ' +
  '고른다 맡는다 보낸다 받는다 읽는다 쓰인다 막는다 돕는다 끝난다 시작한다 확인한다 설정한다 제한한다 권한다 피한다 나눈다 ' +
  '모은다 올린다 내린다 띄운다 멈춘다 기다린다 알린다 계산한다 비교한다 다룬다 지킨다 허용한다 거절한다 보장하지 않는다'
).split(' ');

const DOMAIN_EN = (
  'cluster node instance spot demand executor driver memory core task primary storage scaling policy fleet capacity ' +
  'allocation strategy yarn hdfs spark hive presto trino flink hbase kinesis lambda glue batch step function notebook ' +
  'studio livy kerberos role profile bucket prefix shard stream window checkpoint partition shuffle join skew overhead ' +
  'heap container queue scheduler metric alarm log event rule target price discount reservation savings graviton ' +
  'serverless worker application release version config parameter default limit quota throughput latency replication ' +
  'durability availability failover termination idle timeout bootstrap action security network subnet endpoint'
).split(' ');

const PARTICLES = ['은/는', '이/가', '을/를', '와/과', '으로/로', '이나/나'] as const;
const PLAIN_PARTICLES = ['의', '에', '에서', '도', '만', '까지', '부터', '보다'];
const SUFFIXES = ['성', '화', '적', '률'];

/**
 * Lexicon sizes. With Zipf draws, 5,000 notes of this text have a vocabulary of about 25,000
 * distinct terms, in line with Heaps' law for ~2.5 M words of running text; a smaller lexicon
 * would flatter any design that ships the whole term dictionary.
 */
const KOREAN_LEXICON = 24_000;
const ENGLISH_LEXICON = 12_000;

/** Common syllables for lexicon words; needles use random syllables of all of Hangul. */
const COMMON_INITIALS = [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18];
const COMMON_VOWELS = [0, 4, 8, 13, 18, 20, 1, 5];
const COMMON_FINALS = [0, 0, 0, 0, 4, 8, 16, 21, 1, 17];

function syllable(initial: number, vowel: number, final: number): string {
  return String.fromCharCode(0xac00 + initial * 588 + vowel * 28 + final);
}

/** An English-looking pseudo-word of consonant-vowel pairs. */
function pseudoWord(rng: Rng, min: number, max: number): string {
  const c = 'bcdfghjklmnprstvwz';
  const v = 'aeiou';
  let w = '';
  const n = rng.int(min, max);
  while (w.length < n) w += rng.pick([...c]) + rng.pick([...v]);
  return w.slice(0, n);
}

/** A Korean noun followed by a particle (or bare), the particle fitting its last syllable. */
function withParticle(rng: Rng, noun: string): string {
  const r = rng.int(0, 9);
  if (r < 3) return noun;
  if (r < 8) return josa(noun, rng.pick(PARTICLES));
  return noun + rng.pick(PLAIN_PARTICLES);
}

/** One vowel of one syllable (any, the first included) replaced: a one-jamo typo. */
function vowelTypo(rng: Rng, word: string): string {
  const chars = [...word];
  const at = rng.int(0, chars.length - 1);
  const code = chars[at]!.charCodeAt(0) - 0xac00;
  const initial = Math.floor(code / 588);
  const vowel = Math.floor((code % 588) / 28);
  const final = code % 28;
  let other = vowel;
  while (other === vowel) other = rng.pick([0, 4, 8, 13, 18, 20, 1, 5, 12, 17]);
  chars[at] = syllable(initial, other, final);
  return chars.join('');
}

/** One letter of an English word replaced (any, the first included). */
function letterTypo(rng: Rng, word: string): string {
  const at = rng.int(0, word.length - 1);
  let ch = word[at]!;
  while (ch === word[at]) ch = rng.pick([...'abcdefghijklmnoprstuvwyz']);
  return word.slice(0, at) + ch + word.slice(at + 1);
}

interface DraftNote {
  slug: string;
  title: string[];
  aliases: string[];
  tags: string[];
  keyPoint: string[];
  sections: Array<{ heading: string; paragraphs: string[] }>;
  stems: string[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Generates the corpus.
 *
 * @param noteCount number of notes (the issue's corpus has 5,000).
 * @param seed any 32-bit integer.
 */
export function generateSearchCorpus(noteCount: number, seed = 20251121): GeneratedCorpus {
  const rng = new Rng(seed);

  // ── lexicon ──
  const koSet = new Set(DOMAIN_KO);
  const ko: string[] = [...DOMAIN_KO];
  while (ko.length < KOREAN_LEXICON) {
    let w = '';
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i++) w += syllable(rng.pick(COMMON_INITIALS), rng.pick(COMMON_VOWELS), rng.pick(COMMON_FINALS));
    if (!koSet.has(w)) {
      koSet.add(w);
      ko.push(w);
    }
  }
  const enSet = new Set(DOMAIN_EN);
  const en: string[] = [...DOMAIN_EN];
  while (en.length < ENGLISH_LEXICON) {
    const w = pseudoWord(rng, 4, 9);
    if (!enSet.has(w)) {
      enSet.add(w);
      en.push(w);
    }
  }
  const koZipf = new Zipf(ko, rng);
  const enZipf = new Zipf(en, rng);

  // ── tags: 12 namespaces × 12 values ──
  const tags: GeneratedCorpus['source']['tags'] = [];
  const leafTags: string[] = [];
  for (let n = 0; n < 12; n++) {
    const ns = en[n * 7 + 3]!;
    tags.push({ path: ns, label: { ko: ko[n * 5 + 1]!, en: ns }, description: { ko: null, en: `About ${ns}.` } });
    for (let v = 0; v < 12; v++) {
      const value = `${en[40 + n * 12 + v]!}-${en[200 + n * 12 + v]!}`;
      const path = `${ns}/${value}`;
      tags.push({
        path,
        label: { ko: `${ko[60 + n * 12 + v]!} ${ko[300 + n * 12 + v]!}`, en: value.replace('-', ' ') },
        description: { ko: null, en: `Notes about ${value.replace('-', ' ')}.` },
      });
      leafTags.push(path);
    }
  }

  const sentence = (): string => {
    const words: string[] = [];
    const n = rng.int(5, 11);
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.22)) {
        const word = enZipf.next();
        words.push(rng.chance(0.3) ? word[0]!.toUpperCase() + word.slice(1) : word);
      } else words.push(withParticle(rng, koZipf.next()));
    }
    return `${words.join(' ')} ${rng.pick(PREDICATES)}.`;
  };
  const englishSentence = (): string => {
    const words: string[] = [];
    const n = rng.int(7, 14);
    for (let i = 0; i < n; i++) words.push(rng.chance(0.2) ? rng.pick(['the', 'a', 'of', 'to', 'in', 'for', 'with']) : enZipf.next());
    return `${words.join(' ')}?`;
  };

  // ── notes ──
  const drafts: DraftNote[] = [];
  for (let i = 0; i < noteCount; i++) {
    const title = [
      `${Array.from({ length: rng.int(2, 4) }, () => koZipf.next()).join(' ')}${rng.chance(0.3) ? ` — ${enZipf.next()} ${enZipf.next()}` : ''}`,
    ];
    const sections = Array.from({ length: rng.int(3, 5) }, () => ({
      heading: Array.from({ length: rng.int(2, 3) }, () => koZipf.next()).join(' '),
      paragraphs: Array.from({ length: rng.int(2, 4) }, () => Array.from({ length: rng.int(2, 4) }, sentence).join(' ')),
    }));
    const noteTags = new Set<string>();
    const tagCount = rng.int(2, 4);
    while (noteTags.size < tagCount) noteTags.add(rng.pick(leafTags));
    drafts.push({
      slug: `note-${String(i).padStart(5, '0')}`,
      title,
      aliases: Array.from({ length: rng.int(0, 2) }, () => `${enZipf.next()}-${enZipf.next()}`),
      tags: [...noteTags],
      keyPoint: [Array.from({ length: rng.int(1, 2) }, sentence).join(' ')],
      sections,
      stems: Array.from({ length: rng.int(0, 3) }, () => (rng.chance(0.6) ? englishSentence() : `${sentence()} 무엇이 맞는가?`)),
    });
  }

  // ── needles and labelled queries ──
  const used = new Set<string>([...ko, ...en]);
  const koNeedle = (syllables?: number): string => {
    for (;;) {
      let w = '';
      const n = syllables ?? rng.int(3, 4);
      for (let i = 0; i < n; i++) w += syllable(rng.int(0, 18), rng.int(0, 20), rng.chance(0.5) ? 0 : rng.int(1, 27));
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const enNeedle = (): string => {
    for (;;) {
      const w = pseudoWord(rng, 7, 9);
      if (!used.has(w) && !w.endsWith('s')) {
        used.add(w);
        return w;
      }
    }
  };
  /** Plants a text into a random field of a note. */
  const plant = (note: DraftNote, text: string, english: boolean): void => {
    const r = rng.int(0, 99);
    if (r < 10) note.title[0] = `${note.title[0]} ${text}`;
    else if (r < 15 && english) note.aliases.push(text.replace(/ /g, '-'));
    else if (r < 30) rng.pick(note.sections).heading += ` ${text}`;
    else if (r < 45) note.keyPoint[0] = `${text} ${note.keyPoint[0]}`;
    else if (r < 55 && note.stems.length > 0) note.stems[0] = `${text} ${note.stems[0]}`;
    else {
      const section = rng.pick(note.sections);
      const p = rng.int(0, section.paragraphs.length - 1);
      const words = section.paragraphs[p]!.split(' ');
      words.splice(rng.int(0, words.length), 0, text);
      section.paragraphs[p] = words.join(' ');
    }
  };
  const targets = (): DraftNote[] => {
    const n = rng.int(1, 3);
    const out = new Set<DraftNote>();
    while (out.size < n) out.add(rng.pick(drafts));
    return [...out];
  };
  const queries: LabelledQuery[] = [];
  const add = (query: string, category: string, lang: LabelledQuery['lang'], notes: DraftNote[]) =>
    queries.push({ query, category, lang, expected: notes.map((d) => d.slug) });

  for (let i = 0; i < 40; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, josa(w, rng.pick(PARTICLES)), false);
    add(i % 2 === 0 ? w : josa(w, rng.pick(PARTICLES)), 'ko-particle', 'ko', notes);
  }
  for (let i = 0; i < 20; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, w + rng.pick(SUFFIXES)), false);
    add(w, 'ko-derived', 'ko', notes);
  }
  for (let i = 0; i < 20; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, rng.pick(DOMAIN_KO) + w), false);
    add(w, 'ko-compound', 'ko', notes);
  }
  for (let i = 0; i < 30; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, w), false);
    add(getChoseong(w), 'ko-choseong', 'ko', notes);
  }
  for (let i = 0; i < 30; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, w), false);
    add(removeLastCharacter(w), 'ko-composing', 'ko', notes);
  }
  for (let i = 0; i < 30; i++) {
    const w = koNeedle();
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, w), false);
    add(vowelTypo(rng, w), 'ko-typo', 'ko', notes);
  }
  for (let i = 0; i < 20; i++) {
    const w = koNeedle(2);
    const notes = targets();
    for (const note of notes) plant(note, withParticle(rng, w), false);
    add(vowelTypo(rng, w), 'ko-typo-short', 'ko', notes);
  }
  for (let i = 0; i < 20; i++) {
    const a = koNeedle();
    const b = koNeedle();
    const notes = targets();
    for (const note of notes) {
      plant(note, withParticle(rng, a), false);
      plant(note, withParticle(rng, b), false);
    }
    add(`${a} ${b}`, 'ko-multi', 'ko', notes);
  }
  for (let i = 0; i < 20; i++) {
    const w = enNeedle();
    const notes = targets();
    for (const note of notes) plant(note, i % 2 === 0 ? `${w}s` : w, true);
    add(i % 2 === 0 ? w : `${w}s`, 'en-plural', 'en', notes);
  }
  for (let i = 0; i < 20; i++) {
    const a = enNeedle();
    const b = enNeedle();
    const notes = targets();
    for (const note of notes) plant(note, `${a} ${b}`, true);
    add(`${a}${b}`, 'en-split', 'en', notes);
  }
  for (let i = 0; i < 20; i++) {
    const w = enNeedle();
    const notes = targets();
    for (const note of notes) plant(note, w, true);
    add(letterTypo(rng, w), 'en-typo', 'en', notes);
  }
  for (let i = 0; i < 20; i++) {
    const a = enNeedle();
    const b = koNeedle();
    const notes = targets();
    for (const note of notes) {
      plant(note, a, true);
      plant(note, withParticle(rng, b), false);
    }
    add(`${a} ${b}`, 'mixed', 'mixed', notes);
  }

  // Common queries (frequent domain words): no labelled answer, for latency only — a word in
  // hundreds of notes ranks many entries and shows ten, from up to ten entry chunks.
  for (let i = 0; i < 10; i++) {
    const a = DOMAIN_KO[rng.int(0, 19)]!;
    const b = DOMAIN_KO[rng.int(0, 39)]!;
    queries.push({ query: i % 2 === 0 ? a : `${a} ${josa(b, rng.pick(PARTICLES))}`, category: 'common', lang: 'ko', expected: [] });
    const c = DOMAIN_EN[rng.int(0, 19)]!;
    const d = DOMAIN_EN[rng.int(0, 39)]!;
    queries.push({ query: i % 2 === 0 ? c : `${c} ${d}s`, category: 'common', lang: 'en', expected: [] });
  }

  // ── to the shape search reads ──
  const questions: GeneratedCorpus['source']['questions'] = [];
  let textChars = 0;
  const notes = drafts.map((d) => {
    const ids = d.stems.map((stem, q) => {
      const id = `${d.slug}-q${q}`;
      questions.push({ id, note: d.slug, stem });
      textChars += stem.length;
      return id;
    });
    const html = d.sections
      .map((s) => `<h3>${escapeHtml(s.heading)}</h3>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}`)
      .join('\n');
    textChars +=
      d.title[0]!.length +
      d.keyPoint[0]!.length +
      d.sections.reduce((n, s) => n + s.heading.length + s.paragraphs.reduce((m, p) => m + p.length, 0), 0);
    return {
      slug: d.slug,
      title: d.title[0]!,
      aliases: d.aliases,
      tags: d.tags,
      summary: d.keyPoint[0]!,
      sections: d.sections.map((s, line) => ({
        kind: 'other' as const,
        heading: s.heading,
        depth: 3,
        line: line + 1,
        id: `s-${line + 1}`,
      })),
      html,
      questions: ids,
    };
  });
  return { source: { notes, questions, tags }, queries, textChars };
}
