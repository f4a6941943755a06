"""Compile packaging/windows/coachapp.wxs with Debian's wixl against a dummy bundle (`make
msi-check`), and read the MSI back with msiinfo: what Windows Installer would be told.

The real MSI is built on Windows by .github/workflows/windows.yml with the WiX Toolset; this
catches mistakes in the .wxs early and reports what wixl ignores or encodes differently.
Needs the Debian packages wixl and msitools.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bundle_plan import read_version, version_tuple

ROOT = Path(__file__).resolve().parent.parent
WXS = ROOT / "packaging" / "windows" / "coachapp.wxs"
ICON = ROOT / "resources" / "icons" / "coachapp.ico"
UPGRADE_CODE = "{5E1D3F2A-8C4B-4E7A-9B61-2C0F7A9D4E35}"
# The Group Policy templates' components, and their folders (`make admx` writes the files).
POLICY_COMPONENTS = {"PolicyAdmx": "PolicyFolder", "PolicyAdmlEnUs": "PolicyEnUs",
                     "PolicyAdmlFrFr": "PolicyFrFr"}  # fmt: skip

# The shape of a Windows bundle from build.spec, with placeholder contents.
DUMMY_FILES = (
    "coachapp.exe",
    "coachapp-cli.exe",
    "_internal/python311.dll",
    "_internal/base_library.zip",
    "_internal/PySide6/QtCore.pyd",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
    "_internal/PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "_internal/PySide6/translations/qtbase_fr.qm",
    "_internal/qtawesome/fonts/fontawesome5-solid-webfont-5.15.4.ttf",
    "_internal/tzdata/zoneinfo/Europe/Paris",
)


class CheckFailed(Exception):
    pass


def run(command: list[str], cwd: Path, stdin: str | None = None) -> tuple[str, str]:
    done = subprocess.run(
        command, cwd=cwd, input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise CheckFailed(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout, done.stderr


def dummy_bundle(tree: Path) -> list[str]:
    names = list(DUMMY_FILES)
    resources = ROOT / "resources"
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix != ".ts":
            names.append(f"_internal/resources/{path.relative_to(resources).as_posix()}")
    for name in names:
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(f"placeholder for {name}\n".encode())
    return sorted(names)


def table(msi: Path, name: str, cwd: Path) -> list[list[str]]:
    """Rows of one MSI table (msiinfo export: names, types and key lines first)."""
    out, _ = run(["msiinfo", "export", str(msi), name], cwd)
    return [line.split("\t") for line in out.splitlines()[3:]]


def check_templates(files: list[list[str]], directories: list[list[str]]) -> str:
    """The three Group Policy templates, each in its folder of [INSTALLFOLDER]PolicyDefinitions."""
    templates = sorted(row[1] for row in files if row[1] in POLICY_COMPONENTS)
    if templates != sorted(POLICY_COMPONENTS):
        raise CheckFailed(f"Group Policy templates in the MSI: {templates}")
    folders = {row[0]: row[2].split("|")[-1] for row in directories}
    placed = sorted(folders[POLICY_COMPONENTS[component]] for component in templates)
    if placed != ["PolicyDefinitions", "en-US", "fr-FR"]:
        raise CheckFailed(f"Group Policy templates in the folders {placed}")
    return "Group Policy templates in [INSTALLFOLDER]PolicyDefinitions (en-US, fr-FR)"


def check(work: Path) -> list[str]:
    version = ".".join(str(n) for n in version_tuple(read_version(ROOT))[:3])
    names = dummy_bundle(work / "tree")
    fragment, _ = run(
        ["wixl-heat", "--prefix", "", "--directory-ref", "INSTALLFOLDER", "--component-group",
         "BundleFiles", "--var", "var.BundleDir", "--win64"],
        work, stdin="\n".join(names) + "\n",
    )  # fmt: skip
    (work / "files.wxs").write_text(fragment, encoding="utf-8")
    msi = work / "coachapp.msi"
    # wixl resolves a Source relative to the folder of the .wxs that names it.
    _, warnings = run(
        ["wixl", "--arch", "x64", "-D", "Win64=yes", "-D", f"Version={version}",
         "-D", "BundleDir=tree", "-D", f"IconFile={os.path.relpath(ICON, WXS.parent)}",
         "-D", "PolicyDir=policy",
         "-o", str(msi), str(WXS), "files.wxs"],
        work,
    )  # fmt: skip
    size = msi.stat().st_size
    report = [f"wixl compiled {WXS.relative_to(ROOT)} + {len(names)} files: {size} bytes"]
    ignored = sorted(set(re.findall(r"class '\w+' has no property named '(\w+)'", warnings)))
    report.append(f"attributes wixl ignores: {', '.join(ignored) or 'none'}")

    properties = dict(row[:2] for row in table(msi, "Property", work) if len(row) >= 2)
    expected = {"ProductName": "CoachApp", "ProductVersion": version,
                "UpgradeCode": UPGRADE_CODE, "ALLUSERS": "2"}  # fmt: skip
    for key, value in expected.items():
        if properties.get(key) != value:
            raise CheckFailed(f"property {key} is {properties.get(key)!r}, expected {value!r}")
    if "MSIINSTALLPERUSER" in properties:
        raise CheckFailed("MSIINSTALLPERUSER is set: the default would not be per machine")
    report.append("properties: ALLUSERS=2 without MSIINSTALLPERUSER (per machine by default), "
                  f"ProductVersion {version}, UpgradeCode {UPGRADE_CODE}")  # fmt: skip

    upgrades = table(msi, "Upgrade", work)
    actions = sorted(row[-1] for row in upgrades)
    if actions != ["WIX_DOWNGRADE_DETECTED", "WIX_UPGRADE_DETECTED"]:
        raise CheckFailed(f"Upgrade table: {upgrades}")
    sequence = {row[0]: row for row in table(msi, "InstallExecuteSequence", work)}
    if "RemoveExistingProducts" not in sequence:
        raise CheckFailed("no RemoveExistingProducts: upgrades would not remove the old version")
    report.append("major upgrade: Upgrade rows for newer/older versions, RemoveExistingProducts "
                  f"at {sequence['RemoveExistingProducts'][2]}")  # fmt: skip

    shortcuts = table(msi, "Shortcut", work)
    if [(row[1], row[4]) for row in shortcuts] != [
        ("ProgramMenuFolder", "[INSTALLFOLDER]coachapp.exe")
    ]:
        raise CheckFailed(f"Shortcut table: {shortcuts}")
    report.append("Start menu shortcut to [INSTALLFOLDER]coachapp.exe")

    files = table(msi, "File", work)
    components = table(msi, "Component", work)
    report.append(check_templates(files, table(msi, "Directory", work)))
    if len(files) != len(names) + len(POLICY_COMPONENTS):
        raise CheckFailed(f"{len(files)} files in the MSI for {len(names)} in the bundle")
    not64 = [row[0] for row in components if not int(row[3] or 0) & 256]
    if not64:
        raise CheckFailed(f"components not marked 64-bit: {not64}")
    report.append(f"{len(files)} files in {len(components)} components, all 64-bit")

    roots = sorted({row[1] for row in table(msi, "Registry", work)})
    if roots != ["-1"]:
        report.append(
            f"NOTE: wixl wrote registry Root {', '.join(roots)} for HKMU; Windows Installer "
            "expects -1 (HKLM per machine, HKCU per user). The WiX Toolset on CI writes -1."
        )
    summary, _ = run(["msiinfo", "suminfo", str(msi)], work)
    words = re.search(r"^Source: (\d+)", summary, re.MULTILINE)
    if words and not int(words.group(1)) & 8:
        report.append(
            f'NOTE: Word Count is {words.group(1)}: wixl dropped InstallPrivileges="limited", so '
            "this MSI would ask for elevation even per user. The WiX Toolset on CI sets it."
        )
    return report


def main() -> int:
    for tool in ("wixl", "wixl-heat", "msiinfo"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install wixl msitools", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="coachapp-msi-") as folder:
        try:
            report = check(Path(folder))
        except CheckFailed as exc:
            print(f"msi-check FAILED: {exc}", file=sys.stderr)
            return 1
    for line in report:
        print(f"  {line}")
    print("msi-check: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
