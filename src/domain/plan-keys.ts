// The plan's keys must be unique ignoring letter case. Ids become named ranges (REQ_<stream>_<stage>,
// ACT_KPI_<kpi>…) and sheet keys, and Sheets, Excel and LibreOffice treat names that differ only by
// case as one; stage names head Actuals columns, which the command line reads back by header, case
// aside; rep names are matched in the log as spreadsheet criteria match text, case aside. So
// "Calls" beside "calls" is refused wherever the two would meet, naming the one it clashes with.
import type { Plan } from "./plan-schema";

type Add = (path: string, en: string, ja: string) => void;

/** Each value equal to an earlier one, letter case aside: [its index, the earlier one's index]. */
export function clashes(values: readonly string[]): [number, number][] {
  const first = new Map<string, number>();
  const found: [number, number][] = [];
  values.forEach((v, i) => {
    const key = v.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else found.push([i, earlier]);
  });
  return found;
}

/** What to add to a duplicate's message when the two differ in letter case only. */
function caseNote(value: string, other: string): { en: string; ja: string } {
  if (value === other) return { en: "", ja: "" };
  return {
    en: ` (same as "${other}" but for letter case, which spreadsheets ignore)`,
    ja: `（「${other}」と大文字・小文字だけが違います。スプレッドシートは大文字・小文字を区別しません）`,
  };
}

function each(values: readonly string[], report: (i: number, value: string, other: string) => void): void {
  for (const [i, j] of clashes(values)) report(i, values[i] as string, values[j] as string);
}

/** Every key clash of the plan, at the later of the two fields. */
export function keyIssues(plan: Plan, add: Add): void {
  each(
    plan.streams.map((s) => s.id),
    (i, id, other) => {
      const note = caseNote(id, other);
      add(
        `streams[${i}].id`,
        `duplicate stream id "${id}"${note.en}`,
        `ストリームID「${id}」が重複しています${note.ja}`,
      );
    },
  );
  plan.streams.forEach((stream, si) => {
    each(
      stream.stages.map((s) => s.id),
      (i, id, other) => {
        const note = caseNote(id, other);
        add(
          `streams[${si}].stages[${i}].id`,
          `duplicate stage id "${id}" in this stream${note.en}`,
          `段階ID「${id}」がこのストリーム内で重複しています${note.ja}`,
        );
      },
    );
    each(
      // Trimmed by the schema, as are rep names below.
      stream.stages.map((s) => s.name),
      (i, name, other) => {
        const note = caseNote(name, other);
        add(
          `streams[${si}].stages[${i}].name`,
          `duplicate stage name "${name}" in this stream${note.en}`,
          `段階名「${name}」がこのストリーム内で重複しています${note.ja}`,
        );
      },
    );
  });

  // Named ranges join ids with "_" (REQ_<stream>_<stage>): two pairs must not make the same name. A
  // pair met before (a duplicate stream or stage id, reported above) is not a second problem.
  const pairs = new Set<string>();
  const joined = plan.streams.flatMap((st, si) =>
    st.stages.flatMap((sg, gi) => {
      const pair = `${st.id}\u0000${sg.id}`.toLowerCase();
      if (pairs.has(pair)) return [];
      pairs.add(pair);
      return [{ name: `${st.id}_${sg.id}`, si, gi }];
    }),
  );
  for (const [i] of clashes(joined.map((j) => j.name))) {
    const j = joined[i] as { name: string; si: number; gi: number };
    add(
      `streams[${j.si}].stages[${j.gi}].id`,
      `stream and stage ids make the name "${j.name}" twice (REQ_${j.name}); rename one`,
      `ストリームIDと段階IDの組み合わせ「${j.name}」が重複します。どちらかの名前を変えてください`,
    );
  }
  // ACT_<stream>_<stage> and ACT_KPI_<kpi> name Actuals columns: a stream "kpi" with a stage "calls2"
  // and a manual KPI "calls2" would be one name.
  const stageNames = new Map(joined.map((j) => [j.name.toLowerCase(), j]));
  plan.kpis.forEach((kpi, ki) => {
    const clash = "manual" in kpi.source ? stageNames.get(`kpi_${kpi.id}`.toLowerCase()) : undefined;
    if (!clash) return;
    const st = plan.streams[clash.si];
    const sg = st?.stages[clash.gi];
    add(
      `kpis[${ki}].id`,
      `the column of this KPI (ACT_KPI_${kpi.id}) and of stage "${sg?.id}" of stream "${st?.id}" (ACT_${clash.name}) would have one name: spreadsheets ignore case in names. Rename the KPI or the stream`,
      `このKPIの列（ACT_KPI_${kpi.id}）とストリーム「${st?.id}」の段階「${sg?.id}」の列（ACT_${clash.name}）が同じ名前になります（スプレッドシートの名前は大文字と小文字を区別しません）。KPIかストリームのIDを変えてください`,
    );
  });
  each(
    plan.kpis.map((k) => k.id),
    (i, id, other) => {
      const note = caseNote(id, other);
      add(`kpis[${i}].id`, `duplicate KPI id "${id}"${note.en}`, `KPI ID「${id}」が重複しています${note.ja}`);
    },
  );

  // Rep names are trimmed by the schema; the log matches them exactly but for letter case.
  each(
    plan.team.map((m) => m.name),
    (i, name, other) => {
      const also =
        name === other
          ? { en: "", ja: "" }
          : { en: `: rows of "${other}" would count for it too`, ja: `（「${other}」と同じ）` };
      add(
        `team[${i}].name`,
        `duplicate rep name "${name}"${also.en} (actuals are matched by name, letter case aside)`,
        `担当者名「${name}」が重複しています${also.ja}（実績は名前で集計し、大文字・小文字は区別しません）`,
      );
    },
  );
}
