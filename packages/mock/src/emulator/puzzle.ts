// The slider captcha as AJ-Captcha (the captcha the service runs) makes it: a 310×155 background with a jigsaw hole
// at a random x, the 47×155 piece that fills it, and a 16-character AES key for the point. Sizes, the range of x,
// y = 5 and the tolerance are AJ-Captcha's own (anji-plus/captcha, core/captcha/src/main/java/com/anji/captcha/
// service/impl/BlockPuzzleCaptchaServiceImpl.java: generateJigsawPoint, pictureTemplatesCut, checkPoint; the
// tolerance is AbstractCaptchaService's `slipOffset`, default "5"; the images are its defaultImages/jigsaw).
import { createDecipheriv, randomInt } from "node:crypto";
import { PNG } from "pngjs";

export const PUZZLE = {
  /** The background image, as AJ-Captcha's defaultImages/jigsaw/original/*.png. */
  width: 310,
  height: 155,
  /** The piece's band, as its defaultImages/jigsaw/slidingBlock/*.png: the piece's full height. */
  pieceWidth: 47,
  /** generateJigsawPoint: x = nextInt(width - pieceWidth - 100) + 100, so 100 to 262. */
  minX: 100,
  /** generateJigsawPoint: the piece is as high as the image, so y is always 5 (the pages: "y fixed value 5.0"). */
  y: 5,
  /** checkPoint: a drop passes within `slipOffset` (default 5) pixels of x, either way. */
  tolerance: 5,
} as const;

export interface Puzzle {
  /** Where the piece fits: the x the drop must be within {@link PUZZLE.tolerance} of. */
  x: number;
  /** Base64 PNG, 310×155: the background with the hole (AJ-Captcha's originalImageBase64). */
  background: string;
  /** Base64 PNG, 47×155, transparent outside the piece (AJ-Captcha's jigsawImageBase64). */
  piece: string;
}

type Rgb = [number, number, number];

/** Whether (column, row) of the piece's band is inside the piece: a 34-pixel square with a knob on its right. */
function inPiece(column: number, row: number, top: number): boolean {
  const inSquare = column >= 2 && column < 36 && row >= top && row < top + 34;
  const knob = (column - 39) ** 2 + (row - (top + 17)) ** 2 <= 7 ** 2;
  return inSquare || (knob && column < PUZZLE.pieceWidth);
}

/** A calm random picture: a diagonal gradient between two colours, with a few soft discs. */
function paint(): (column: number, row: number) => Rgb {
  const colour = (): Rgb => [randomInt(40, 216), randomInt(40, 216), randomInt(40, 216)];
  const [from, to] = [colour(), colour()];
  const discs = Array.from({ length: 5 }, () => ({
    cx: randomInt(PUZZLE.width),
    cy: randomInt(PUZZLE.height),
    r: randomInt(15, 45),
    tint: colour(),
  }));
  return (column, row) => {
    const t = (column / PUZZLE.width + row / PUZZLE.height) / 2;
    let rgb = from.map((start, index) => start + ((to[index] ?? start) - start) * t) as Rgb;
    for (const { cx, cy, r, tint } of discs) {
      if ((column - cx) ** 2 + (row - cy) ** 2 <= r * r)
        rgb = rgb.map((value, index) => (value + (tint[index] ?? 0)) / 2) as Rgb;
    }
    return rgb;
  };
}

/** Whether a pixel of the piece lies on its outline (inside, with a neighbour outside). */
const onOutline = (column: number, row: number, top: number) =>
  inPiece(column, row, top) &&
  [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ].some(([dx = 0, dy = 0]) => !inPiece(column + dx, row + dy, top));

export function createPuzzle(): Puzzle {
  const x = randomInt(PUZZLE.width - PUZZLE.pieceWidth - PUZZLE.minX) + PUZZLE.minX;
  const top = randomInt(10, PUZZLE.height - 10 - 34);
  const colourAt = paint();
  const background = new PNG({ width: PUZZLE.width, height: PUZZLE.height });
  const piece = new PNG({ width: PUZZLE.pieceWidth, height: PUZZLE.height });
  for (let row = 0; row < PUZZLE.height; row++) {
    for (let column = 0; column < PUZZLE.width; column++) {
      const rgb = colourAt(column, row);
      const local = column - x;
      const inHole = local >= 0 && local < PUZZLE.pieceWidth && inPiece(local, row, top);
      // As AJ-Captcha: the hole is dimmed, and its outline white on both images.
      const outline = inHole && onOutline(local, row, top);
      const shown: Rgb = outline ? [255, 255, 255] : inHole ? (rgb.map((value) => value * 0.45) as Rgb) : rgb;
      background.data.set([...shown, 255], (row * PUZZLE.width + column) * 4);
      if (inHole) piece.data.set([...(outline ? [255, 255, 255] : rgb), 255], (row * PUZZLE.pieceWidth + local) * 4);
    }
  }
  const base64 = (png: PNG) => PNG.sync.write(png).toString("base64");
  return { x, background: base64(background), piece: base64(piece) };
}

/**
 * The point of a `point_json`: plain JSON `{"x":…,"y":…}`, or (AJ-Captcha's front ends, when the challenge gave a
 * key) base64 of its AES-ECB/PKCS#7 encryption under the key's UTF-8 bytes. Undefined for anything else.
 */
export function pointOf(pointJson: string, secretKey: string): { x: number; y: number } | undefined {
  let text = pointJson;
  if (!pointJson.trimStart().startsWith("{")) {
    try {
      const decipher = createDecipheriv(`aes-${secretKey.length * 8}-ecb`, Buffer.from(secretKey, "utf8"), null);
      text = Buffer.concat([decipher.update(Buffer.from(pointJson, "base64")), decipher.final()]).toString("utf8");
    } catch {
      return undefined;
    }
  }
  try {
    const point = JSON.parse(text) as { x?: unknown; y?: unknown };
    return typeof point.x === "number" && typeof point.y === "number" ? { x: point.x, y: point.y } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a drop at `point` fills the hole at `x`, as AJ-Captcha's checkPoint decides. */
export const fits = (point: { x: number; y: number } | undefined, x: number): boolean =>
  point !== undefined && Math.abs(point.x - x) <= PUZZLE.tolerance && point.y === PUZZLE.y;
