"""Build navdesk's one-folder bundle with PyInstaller: ``dist/navdesk/`` holding the
programs ``navdesk`` (the window; no console on Windows) and ``navdesk-cli``.

    .venv/bin/pip install -e ".[build]"
    .venv/bin/python packaging/build.py [--reference] [--selftest]

``--reference`` also builds, with the same options, the bare PySide6 + pyqtgraph window
the bundle's size is measured against (``dist/reference/``) and prints both sizes side
by side. ``--selftest`` runs the built bundle's ``navdesk --selftest`` and fails when it
fails. The version (and on Windows the version resource) comes from navdesk.__version__.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
TARGET_RATIO = 1.25
DESCRIPTION = "navdesk: månedstall, styringskort og rapportering for NAV-kontoret"


def version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from navdesk import __version__

    return __version__


def windows_version_file(ver: str) -> Path:
    """The version resource Windows shows under the program's Properties > Details."""
    parts = [int(p) for p in ver.split(".")[:4]] + [0] * (4 - len(ver.split(".")[:4]))
    numbers = ", ".join(str(p) for p in parts)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041404B0', [
      StringStruct('CompanyName', 'navdesk'),
      StringStruct('FileDescription', '{DESCRIPTION}'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', 'navdesk'),
      StringStruct('OriginalFilename', 'navdesk.exe'),
      StringStruct('ProductName', 'navdesk'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x0414, 1200])])
  ]
)
"""
    path = WORK / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pyinstaller(reference: bool) -> None:
    env = dict(os.environ, NAVDESK_REFERENCE="1" if reference else "0",
               NAVDESK_VERSION_FILE=str(windows_version_file(version())))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST),
           "--workpath", str(WORK / ("reference" if reference else "navdesk")),
           str(ROOT / "packaging" / "navdesk.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def main() -> int:
    ap = argparse.ArgumentParser(description="Build navdesk's one-folder bundle.")
    ap.add_argument("--reference", action="store_true",
                    help="also build the bare PySide6 + pyqtgraph window and compare sizes")
    ap.add_argument("--selftest", action="store_true", help="run the bundle's self-test")
    args = ap.parse_args()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build.py: PyInstaller is missing; install it with: pip install -e ".[build]"',
              file=sys.stderr)
        return 2
    for name in ("navdesk", "reference"):
        shutil.rmtree(DIST / name, ignore_errors=True)
    sys.path.insert(0, str(ROOT / "packaging"))
    from translations import compile_all

    compiled = compile_all()  # the English texts, compiled fresh for the bundle
    print(f"building navdesk {version()} ({', '.join(q.name for q in compiled)}) ...", flush=True)
    pyinstaller(reference=False)
    bundle = DIST / "navdesk"
    programs = ["navdesk", "navdesk-cli"]
    exe = ".exe" if sys.platform == "win32" else ""
    missing = [p for p in programs if not (bundle / (p + exe)).exists()]
    if missing:
        print(f"build.py: the bundle lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    print(f"bundle:    {bundle}  {mb(size)}")
    status = 0
    if args.reference:
        print("building the reference (bare PySide6 + pyqtgraph window) ...", flush=True)
        pyinstaller(reference=True)
        ref = folder_size(DIST / "reference")
        ratio = size / ref
        ok = ratio <= TARGET_RATIO
        print(f"reference: {DIST / 'reference'}  {mb(ref)}")
        print(f"size ratio bundle/reference {ratio:.2f}x;  target <= {TARGET_RATIO}x: "
              f"{'PASS' if ok else 'FAIL'}")
        status = status or (0 if ok else 1)
    if args.selftest:
        # on Windows the console program runs it: the windowed one has no console there
        cmd = ([str(bundle / "navdesk-cli.exe"), "selftest"] if sys.platform == "win32"
               else [str(bundle / "navdesk"), "--selftest"])
        test = subprocess.run(cmd)
        if test.returncode != 0:
            print("build.py: the bundle's self-test failed", file=sys.stderr)
            return 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
