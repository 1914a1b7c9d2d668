"""No module of the package uses another module's private name: a leading underscore
says "only here", and a sibling that reaches in (``from x import _y``, ``x._y``,
``store._write()``) ties itself to what the owner may change at any time. Dunder names
(``__version__``) are public."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _own_names(tree: ast.Module) -> set[str]:
    """The private names a module defines itself (functions, classes, methods,
    variables, attributes it assigns): it may use them on any object, as a class's
    method reads ``other._key`` of another instance of the class."""
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            own.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            own.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            own.add(node.attr)
    return {name for name in own if _private(name)}


def private_uses(path: Path, module: str) -> list[str]:
    """Where ``path`` uses a private name of another module: imported from it, or read
    as an attribute of anything but ``self`` or ``cls`` when the module does not define
    that name itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = _own_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found += [f"{module}:{node.lineno} imports {alias.name} from {node.module}"
                      for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.Import):
            found += [f"{module}:{node.lineno} imports {alias.name}"
                      for alias in node.names if any(map(_private, alias.name.split(".")))]
        elif isinstance(node, ast.Attribute) and _private(node.attr) and node.attr not in own:
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                continue  # its own, or what a subclass inherits from its base
            found.append(f"{module}:{node.lineno} uses {ast.unparse(node)}")
    return found


def package_private_uses(root: Path, package: str) -> list[str]:
    found = []
    for path in sorted((root / package).rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        found += private_uses(path, module)
    return found


# Uses another part of issue 12 removes: the presenters (point 2) fold the breakdown's
# share formatting (`_share`) into one public presenter. Remove the entries then.
KNOWN = {
    ("navdesk.ui.report_pdf", "imports _share from navdesk.present.breakdown"),
    ("navdesk.ui.report_view", "imports _share from navdesk.present.breakdown"),
}


def test_no_module_uses_another_modules_private_names():
    found = package_private_uses(SRC, "navdesk")
    assert [use for use in found if _without_line(use) not in KNOWN] == []


def _without_line(use: str) -> tuple[str, str]:
    where, what = use.split(" ", 1)
    return where.split(":")[0], what


def test_the_checker_sees_private_names_reached_into(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "owner.py").write_text(
        "class Box:\n"
        "    _count = 0\n"
        "    def _inside(self, other):\n"
        "        self._value = other._value\n"
        "        return Box._count, self.__class__\n", encoding="utf-8")
    (package / "user.py").write_text(
        "from pkg.owner import _helper\n"
        "from pkg import owner\n"
        "def use(box):\n"
        "    return owner._helper(), box._inside(), box.__dict__\n", encoding="utf-8")
    assert package_private_uses(tmp_path, "pkg") == [
        "pkg.user:1 imports _helper from pkg.owner",
        "pkg.user:4 uses owner._helper",
        "pkg.user:4 uses box._inside",
    ]
