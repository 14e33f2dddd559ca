// Part III's start picker and random-start experiment as the browser mounts them: their server HTML is right until
// the reader uses them or the setup changes, so their code (RandomStarts.tsx) loads only then (parts/OnFirstUse.tsx).
import { onFirstUse } from './parts/OnFirstUse.tsx';

const contents = () => import('./RandomStarts.tsx');

export const View = onFirstUse(() => contents().then((module) => module.RandomStartsFields));
export const StartPicker = onFirstUse(() => contents().then((module) => module.StartPickerFields));
