/**
 * The share card's layout: a tree of boxes and strings in the element shape satori lays out
 * (`{ type, props: { style, children } }`). Record text only ever enters as a string child, which
 * satori draws as text, so markup in a record stays visible characters and cannot become layout.
 * Long text is clamped by line, with an ellipsis, so nothing is cut off at the card's edge.
 */
import type { ClaimShareCard, ShareCard, SiteShareCard } from '../views/share-card.ts';
import type { Verdict } from '../views/verdicts.ts';
import { count } from '../words.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

type Style = Record<string, string | number>;
export interface CardNode {
  type: 'div';
  props: { style: Style; children?: CardNode[] | string };
}

/** The verdict colours of the site's stylesheet (src/styles/global.css); white text on each passes WCAG AA. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  accurate: '#166534',
  'missing-context': '#854d0e',
  misleading: '#c2410c',
  unsupported: '#5b21b6',
  false: '#b91c1c',
};
const TEXT = '#1b1d21';
const MUTED = '#4f5561';
const RULE = '#c9cdd4';
const SITE_COLOUR = '#0b57b8';

/** Must match the names under which share-card-png.ts registers its fonts. */
export const CARD_FONT_FAMILY = 'Inter, DejaVu Sans';

const box = (style: Style, ...children: CardNode[]): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
/**
 * Text clamped to `lines` lines with an ellipsis (satori applies lineClamp to a block holding only
 * text); a word wider than its box breaks rather than running off the card.
 */
const text = (value: string, style: Style, lines?: number): CardNode => ({
  type: 'div',
  props: { style: { display: lines ? 'block' : 'flex', ...(lines ? { lineClamp: lines } : {}), wordBreak: 'break-word', ...style }, children: value },
});

const caption = (value: string) => text(value.toUpperCase(), { fontSize: 18, fontWeight: 700, letterSpacing: 1.5, color: MUTED });

const pill = (verdict: Verdict, label: string, fontSize: number) =>
  text(label, { fontSize, fontWeight: 700, color: '#ffffff', backgroundColor: VERDICT_COLOURS[verdict], padding: '6px 20px', borderRadius: 10 });

/** The frame every card shares: a band in the card's colour down the left edge, then the content. */
const frame = (colour: string, ...children: CardNode[]) =>
  box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: '#ffffff', color: TEXT, fontFamily: CARD_FONT_FAMILY },
    box({ width: 20, flexShrink: 0, height: '100%', backgroundColor: colour }),
    box({ flexDirection: 'column', flexGrow: 1, minWidth: 0, padding: '48px 64px 48px 56px' }, ...children),
  );

/** The claim's type size by its length: a long claim is set smaller rather than cut short. */
const CLAIM_SIZES: readonly [maxLength: number, fontSize: number][] = [[100, 46], [160, 40], [Infinity, 34]];
const CLAIM_LINE_HEIGHT = 1.2;

/** The claim in as many lines as fit the height of `largeLines` lines of the largest type. */
function claimText(claim: string, largeLines: number): CardNode {
  const fontSize = CLAIM_SIZES.find(([maxLength]) => claim.length <= maxLength)![1];
  const lines = Math.floor((largeLines * CLAIM_SIZES[0]![1]) / fontSize);
  return text(`“${claim}”`, { fontSize, fontWeight: 700, lineHeight: CLAIM_LINE_HEIGHT, marginTop: 28 }, lines);
}

/**
 * The figures as circulated, left, and as measured, right, in two lines each: room for the longest
 * a record states today (about 40 characters), so in practice only the condition is shortened.
 */
const STATED_WIDTH = 360;
const FIGURE_TYPE = { fontSize: 30, fontWeight: 700, lineHeight: 1.2 };

function figureRows(card: ClaimShareCard): CardNode[] {
  // One figure has room for two lines of condition; two share that room.
  const conditionLines = card.figures.length > 1 ? 1 : 2;
  const rows = card.figures.map((figure) =>
    box(
      { gap: 32, marginTop: 16 },
      box({ width: STATED_WIDTH, flexShrink: 0 }, text(figure.stated, FIGURE_TYPE, 2)),
      box(
        { flexDirection: 'column', flexGrow: 1, minWidth: 0 },
        text(figure.measured, FIGURE_TYPE, 2),
        text(figure.condition, { fontSize: 22, color: MUTED, marginTop: 4, lineHeight: 1.3 }, conditionLines),
      ),
    ),
  );
  return [
    box({ gap: 32 }, box({ width: STATED_WIDTH, flexShrink: 0 }, caption('As circulated')), caption('As measured')),
    ...rows,
    ...(card.moreFigures ? [text(`+ ${count(card.moreFigures, 'more figure')} on the page`, { fontSize: 22, color: MUTED, marginTop: 12 })] : []),
  ];
}

const bottomLineRows = (bottomLine: string) => [caption('Bottom line'), text(bottomLine, { fontSize: 28, lineHeight: 1.35, marginTop: 12 }, 4)];

function claimCardLayout(card: ClaimShareCard): CardNode {
  return frame(
    VERDICT_COLOURS[card.verdict],
    box(
      { justifyContent: 'space-between', alignItems: 'center' },
      text(card.siteName, { fontSize: 28, fontWeight: 700, color: SITE_COLOUR }),
      box({ alignItems: 'center', gap: 16 }, caption('Verdict'), pill(card.verdict, card.verdictLabel, 30)),
    ),
    // Two figure rows leave room for two lines of claim; one row or a bottom line, for three.
    claimText(card.claim, card.figures.length > 1 ? 2 : 3),
    box(
      { flexDirection: 'column', marginTop: 'auto', paddingTop: 20, borderTop: `2px solid ${RULE}` },
      ...(card.bottomLine === undefined ? figureRows(card) : bottomLineRows(card.bottomLine)),
    ),
  );
}

function siteCardLayout(card: SiteShareCard): CardNode {
  return frame(
    SITE_COLOUR,
    text(card.siteName, { fontSize: 88, fontWeight: 700, color: SITE_COLOUR, marginTop: 40 }),
    text(card.tagline, { fontSize: 44, fontWeight: 700, lineHeight: 1.25, marginTop: 24 }, 3),
    box({ flexWrap: 'wrap', gap: 14, marginTop: 'auto' }, ...card.verdicts.map(({ verdict, label }) => pill(verdict, label, 26))),
  );
}

export const shareCardLayout = (card: ShareCard): CardNode => (card.kind === 'site' ? siteCardLayout(card) : claimCardLayout(card));
