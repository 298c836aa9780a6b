/** The live-region text of the state machine's announcements, in the page's language. */
import type { QuizAnnouncement } from '../../core/quiz/machine.ts';
import { tr } from './text.ts';

/** The text to announce, and whether it is assertive (time warnings, rejected input). */
export function announcementText(say: QuizAnnouncement): { text: string; assertive: boolean } {
  switch (say.kind) {
    case 'started':
      return { text: tr('quiz.say.started', { count: say.count }), assertive: false };
    case 'correct':
      return { text: tr('quiz.say.correct', { key: say.key }), assertive: false };
    case 'incorrect':
      return { text: tr('quiz.say.incorrect', { key: say.key }), assertive: false };
    case 'flagged':
      return { text: tr('quiz.say.flagged'), assertive: false };
    case 'unflagged':
      return { text: tr('quiz.say.unflagged'), assertive: false };
    case 'minutes-left':
      return { text: tr('quiz.say.minutesLeft', { minutes: say.minutes }), assertive: true };
    case 'time-up':
      return { text: tr('quiz.say.timeUp'), assertive: true };
    case 'rejected':
      return { text: say.hint, assertive: true };
  }
}
