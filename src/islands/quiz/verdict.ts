/**
 * Brings the practice verdict to where the eye is: after "Check answer" the verdict card
 * (`#quiz-verdict`: verdict, key, reason for the chosen option) is focused for screen readers and,
 * when any part of it is off screen or under the sticky quiz bar, scrolled to sit just below the bar.
 */

/** Gap kept between the sticky bar and the card, in CSS px. */
const GAP_PX = 8;

/** Focuses the verdict card in `host` and scrolls it clear of the sticky bar when needed. */
export function showVerdict(host: HTMLElement): void {
  const card = host.querySelector<HTMLElement>('#quiz-verdict');
  if (!card) return;
  card.focus({ preventScroll: true });
  const bar = host.querySelector<HTMLElement>('.quiz-bar');
  const barBottom = bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  const rect = card.getBoundingClientRect();
  const fits = rect.top >= barBottom + GAP_PX && rect.bottom <= window.innerHeight;
  if (fits) return;
  // The bar is sticky at the top: after scrolling it still covers [0, bar height].
  const barHeight = bar ? bar.offsetHeight : 0;
  window.scrollBy({ top: rect.top - barHeight - GAP_PX, behavior: 'instant' as ScrollBehavior });
}
