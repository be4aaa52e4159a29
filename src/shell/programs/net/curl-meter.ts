// curl's progress meter (7.88): the two header lines and the final state line.

function max5(n: number): string {
  if (n < 100_000) return String(Math.round(n)).padStart(5);
  if (n < 10_000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  if (n < 100 * 1024 * 1024) {
    const m = n / 1048576;
    return `${Math.floor(m).toString().padStart(2)}.${Math.floor((m % 1) * 10)}M`;
  }
  return `${String(Math.floor(n / 1048576)).padStart(4)}M`;
}

function time8(sec: number): string {
  if (sec < 1) return '--:--:--';
  const s = Math.round(sec);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`.padStart(
    8,
  );
}

export const METER_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

export function meterLine(bytes: number, ms: number, uploaded = 0): string {
  const sec = ms / 1000;
  const down = sec > 0 ? bytes / sec : bytes;
  const up = sec > 0 ? uploaded / sec : uploaded;
  const t = time8(sec);
  const p3 = (n: number): string => String(n).padStart(3);
  return (
    `${p3(100)} ${max5(bytes)}  ${p3(100)} ${max5(bytes)}  ${p3(uploaded ? 100 : 0)} ${max5(uploaded)}` +
    `  ${max5(down)}  ${max5(up)} ${t} ${t} --:--:-- ${max5(down)}\n`
  );
}
