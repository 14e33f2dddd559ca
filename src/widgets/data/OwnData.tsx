// A reader's own points: pasted as CSV into a labelled box or read from a file, each bad row named and skipped, the
// good ones kept; and whether the link holds them.
import { useEffect, useId, useState } from 'preact/hooks';
import type { LabelledPoint } from '../../examples/planar-data.ts';
import { formatNumber } from '../../lib/format.ts';
import { MAX_OWN_POINTS, MAX_POINTS_IN_LINK, csvOf, readCsv, writePoints } from '../../lib/own-data.ts';

/** The largest file read: far more than MAX_OWN_POINTS rows need. */
const MAX_FILE_BYTES = 100_000;

type Props = {
  /** The points on the map now (training and test), or null when the data are not points of classes. */
  points: LabelledPoint[] | null;
  /** Whether those points are the reader's own (then the link may carry them). */
  own: boolean;
  onUse: (points: LabelledPoint[]) => void;
};

/** The CSV box, the file input, what reading them said, and whether the link carries the points. */
export function OwnData({ points, own, onUse }: Props) {
  const boxId = useId();
  const fileId = useId();
  const shown = points ? csvOf(points) : '';
  const [text, setText] = useState(shown);
  const [edited, setEdited] = useState(false);
  const [report, setReport] = useState<string[]>([]);
  // The box follows the data (a set picked, a point clicked) until the reader types in it.
  useEffect(() => {
    if (!edited) setText(shown);
  }, [shown]);

  const use = (csv: string, from: string) => {
    const read = readCsv(csv);
    const kept = read.points.length;
    const head =
      kept === 0
        ? `No point could be read from ${from}: nothing changed.`
        : `Read ${kept} point${kept === 1 ? '' : 's'} from ${from}${read.problems.length ? `; ${read.problems.length} row${read.problems.length === 1 ? '' : 's'} skipped:` : '.'}`;
    setReport([head, ...read.problems]);
    if (kept > 0) {
      setEdited(false);
      onUse(read.points);
    }
  };
  const load = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES)
      return setReport([
        `${file.name} is ${formatNumber(file.size / 1000, 0)} kB: files up to ${MAX_FILE_BYTES / 1000} kB (${MAX_OWN_POINTS} points) are read.`,
      ]);
    const csv = await file.text();
    setText(csv);
    setEdited(true);
    use(csv, file.name);
  };
  const length = own && points ? writePoints(points).length : 0;
  return (
    <div class="own-data">
      <div class="field own-data-box">
        <label for={boxId}>points as CSV: x1,x2,label (label 0, 1 or 2), one point a line</label>
        <textarea
          id={boxId}
          rows={6}
          spellcheck={false}
          value={text}
          onInput={(event) => (setText(event.currentTarget.value), setEdited(true))}
        />
      </div>
      <div class="button-row">
        <button type="button" onClick={() => use(text, 'the box')}>
          Use these points
        </button>
        <label for={fileId}>or read a CSV file</label>
        <input id={fileId} type="file" accept=".csv,.txt,text/csv,text/plain" onChange={load} />
      </div>
      <div class="own-data-report" role="status">
        {report.length > 0 && <p>{report[0]}</p>}
        {report.length > 1 && (
          <ul>
            {report.slice(1).map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {own && points && (
        <p class="field-hint own-data-link" data-link-points={length <= MAX_POINTS_IN_LINK ? 'yes' : 'no'}>
          {length <= MAX_POINTS_IN_LINK
            ? `The link to this page carries your ${points.length} points (points=, ${formatNumber(length, 0)} characters).`
            : `Your ${points.length} points take ${formatNumber(length, 0)} characters, too many for a link (at most ${formatNumber(MAX_POINTS_IN_LINK, 0)}): the link carries the rest of the setup, and opens on the chapter's data. Keep the CSV above to share them.`}
        </p>
      )}
    </div>
  );
}
