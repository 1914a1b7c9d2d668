"""Start-up of the one-folder bundle: time from launching ``dist/navdesk/navdesk`` to its
window's first frame painted, against the reference bundle (a bare PySide6 window built
by the same script with the same options, ``dist/reference/reference``), alternating,
in one run. Both print "navdesk: shown" when painted and quit (NAVDESK_QUIT_WHEN_SHOWN);
the clock is the parent's, from before the launch to that line.

Build both first: ``.venv/bin/python packaging/build.py --reference``. Then:

    .venv/bin/python benchmarks/startup_bundle.py [--rounds 10] [--platform offscreen]

Target (issue 6): the bundle within 1.5x of the reference. Each start uses its own user
folders and a demo database with three years of figures made once beforehand.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.5
MARK = "navdesk: shown"


def start(cmd: list[str], env: dict) -> float:
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    for line in proc.stdout:
        if line.strip() == MARK:
            elapsed = time.perf_counter() - t
            proc.wait(timeout=60)
            return elapsed
    proc.wait(timeout=60)
    raise RuntimeError(f"{cmd[0]} ended without showing its window (exit {proc.returncode})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--platform", default="offscreen")
    args = ap.parse_args()
    exe = ".exe" if sys.platform == "win32" else ""
    bundle = ROOT / "dist" / "navdesk" / ("navdesk" + exe)
    reference = ROOT / "dist" / "reference" / ("reference" + exe)
    for p in (bundle, reference):
        if not p.exists():
            print(f"{p} is missing: run packaging/build.py --reference first", file=sys.stderr)
            return 2
    home = Path(tempfile.mkdtemp(prefix="navdesk-bundle-start-"))
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, NAVDESK_QUIT_WHEN_SHOWN="1",
               NAVDESK_SETTINGS=str(home / "navdesk.ini"))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env.pop("NAVDESK_DB", None)
    db = home / "demo.sqlite"
    made = subprocess.run([str(bundle.with_name("navdesk-cli" + exe)), "--db", str(db), "init",
                           "--office-code", "9999", "--office-name", "NAV Eksempelby"],
                          env=env, capture_output=True, text=True)
    made = made.returncode == 0 and subprocess.run(
        [str(bundle.with_name("navdesk-cli" + exe)), "--db", str(db), "demo", "--years", "3"],
        env=env, capture_output=True, text=True).returncode == 0
    if not made:
        print("could not make the demo database with the bundle's navdesk-cli", file=sys.stderr)
        return 2
    ours, ref = [], []
    start([str(reference)], env)  # warm the file cache for both, untimed
    start([str(bundle), "--db", str(db)], env)
    for _ in range(args.rounds):
        ref.append(start([str(reference)], env))
        ours.append(start([str(bundle), "--db", str(db)], env))
    shutil.rmtree(home, ignore_errors=True)
    r, o = statistics.median(ref), statistics.median(ours)
    print(f"Bundle start to first frame, QT_QPA_PLATFORM={args.platform}, {args.rounds} rounds,"
          " medians")
    print(f"  reference bundle (bare PySide6 window)  {r * 1000:7.0f} ms")
    print(f"  navdesk bundle (demo office, 3 years)   {o * 1000:7.0f} ms")
    ok = o / r <= TARGET
    print(f"time ratio navdesk/reference {o / r:.2f}x;  target <= {TARGET}x: "
          f"{'PASS' if ok else 'FAIL'}   (rounds: "
          + ", ".join(f"{a / b:.2f}x" for a, b in zip(ours, ref, strict=True)) + ")")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
