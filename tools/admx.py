"""Write CoachApp's Group Policy templates from the settings the code declares (`make admx`).

    python tools/admx.py [FOLDER]

FOLDER (default packaging/windows/policy) receives CoachApp.admx, en-US/CoachApp.adml and
fr-FR/CoachApp.adml, laid out as a PolicyDefinitions folder. Everything comes from
`coachapp.config` (SETTINGS, POLICY_ONLY, POLICY_CATEGORIES), so the templates cannot drift from
what `coachapp.policy` reads; tests/unit/settings/test_admx.py fails when the committed files
differ from what this writes.

As Chrome and Edge do, each setting has a mandatory policy under "CoachApp" (registry values in
SOFTWARE\\Policies\\CoachApp: locked) and a recommended one under "CoachApp - Default settings"
(SOFTWARE\\Policies\\CoachApp\\Recommended: a default users may change); the organisation's
name and the folders are mandatory only. Every policy is of class Both: set for the computer
(HKLM) or for users (HKCU). Bump REVISION when a policy is added, changed or removed.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from coachapp.config import POLICY_CATEGORIES, POLICY_ONLY, SETTINGS, PolicyText, SettingSpec
from coachapp.fileio import write_text_atomic
from coachapp.policy import RECOMMENDED, REGISTRY_KEY

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "packaging" / "windows" / "policy"
NAMESPACE = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
FILE_NAME = "CoachApp"
REVISION = "1.0"
TARGET = ("coachapp", "CoachApp.Policies.CoachApp")  # prefix, namespace
SUPPORTED = "SUPPORTED_CoachApp_0_1"
LANGUAGES = {"en-US": "en", "fr-FR": "fr"}  # ADML folder -> PolicyText field
COLON = PolicyText(":", "\u00a0:")

# Texts of the templates themselves (the settings' own are in coachapp.config).
TEXTS: dict[str, PolicyText] = {
    "displayName": PolicyText("CoachApp", "CoachApp"),
    "description": PolicyText(
        "Group Policy settings of CoachApp", "Paramètres de stratégie de groupe de CoachApp"
    ),
    "CoachApp": PolicyText("CoachApp", "CoachApp"),
    "CoachApp_Recommended": PolicyText(
        "CoachApp - Default settings (users can override)",
        "CoachApp - Paramètres par défaut (les utilisateurs peuvent les modifier)",
    ),
    SUPPORTED: PolicyText("CoachApp 0.1 or later", "CoachApp 0.1 ou version ultérieure"),
}
MANDATORY = PolicyText(
    "Users cannot change this setting. Set for the computer, this policy wins over the same"
    " policy set for users; both win over the policy file (policy.json) and over “CoachApp -"
    " Default settings”.",
    "Les utilisateurs ne peuvent pas modifier ce paramètre. Définie pour l’ordinateur, cette"
    " stratégie l’emporte sur la même stratégie définie pour l’utilisateur\u00a0; l’une et"
    " l’autre l’emportent sur le fichier de stratégie (policy.json) et sur «\u00a0CoachApp -"
    " Paramètres par défaut\u00a0».",
)
MACHINE_ONLY = PolicyText(
    "Set for the computer, this policy wins over the same policy set for users; both win over"
    " the policy file (policy.json).",
    "Définie pour l’ordinateur, cette stratégie l’emporte sur la même stratégie définie pour"
    " l’utilisateur\u00a0; l’une et l’autre l’emportent sur le fichier de stratégie"
    " (policy.json).",
)
RECOMMENDED_TEXT = PolicyText(
    "A default: users can change it, and their choice is kept. A policy on the same setting"
    " under “CoachApp” wins over this one. Set for the computer, this default wins over the same"
    " default set for users, and over the policy file's.",
    "Une valeur par défaut\u00a0: les utilisateurs peuvent la modifier, et leur choix est"
    " conservé. Une stratégie portant sur le même paramètre dans «\u00a0CoachApp\u00a0»"
    " l’emporte sur celle-ci. Définie pour l’ordinateur, cette valeur par défaut l’emporte sur"
    " la même valeur définie pour l’utilisateur, et sur celle du fichier de stratégie.",
)
NOT_CONFIGURED = PolicyText(
    "Not configured: the default settings, the policy file or the user decide.",
    "Non configurée\u00a0: les paramètres par défaut, le fichier de stratégie ou l’utilisateur"
    " décident.",
)
OWN_DEFAULT = PolicyText(
    "CoachApp's own default: {value}.", "Valeur par défaut de CoachApp\u00a0: {value}."
)
ON_OFF = (PolicyText("Enabled", "Activé"), PolicyText("Disabled", "Désactivé"))


def policy_name(key: str) -> str:
    """The ADMX name of a setting's policy: "backup.interval_hours" -> "BackupIntervalHours"."""
    return "".join(part.capitalize() for part in re.split(r"[._]", key))


def category_name(category: str) -> str:
    return f"Cat_{category.capitalize()}"


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _sub(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, _q(tag), attributes)


def _own_default(spec: SettingSpec) -> PolicyText | None:
    """How the built-in default reads, for the explanation (None for an empty text)."""
    if isinstance(spec.default, bool):
        label = ON_OFF[0] if spec.default else ON_OFF[1]
    elif spec.choices:
        label = spec.labels[spec.choices.index(spec.default)]
    elif isinstance(spec.default, int):
        return PolicyText(str(spec.default), str(spec.default))
    else:
        return None
    return PolicyText(f"“{label.en}”", f"«\u00a0{label.fr}\u00a0»")


def _explanation(spec: SettingSpec, kind: str) -> PolicyText:
    """The setting's own explanation, then what a mandatory or recommended policy does."""
    own = _own_default(spec)

    def text(language: str) -> str:
        def said(words: PolicyText) -> str:
            return str(getattr(words, language))

        parts = [said(spec.explain)]
        if kind == "recommended":
            parts.append(said(RECOMMENDED_TEXT))
        elif kind == "mandatory":
            parts += [said(MANDATORY), said(NOT_CONFIGURED)]
        else:
            parts.append(said(MACHINE_ONLY))
        if own is not None:
            parts[-1] += " " + said(OWN_DEFAULT).format(value=said(own))
        return "\n\n".join(parts)

    return PolicyText(text("en"), text("fr"))


class Templates:
    """The ADMX tree and, per language, its strings and presentations."""

    def __init__(self) -> None:
        self.strings: dict[str, PolicyText] = dict(TEXTS)
        self.presentations: dict[str, tuple[str, dict[str, str]]] = {}  # name: tag, attributes
        self.admx = ET.Element(_q("policyDefinitions"), revision=REVISION, schemaVersion="1.0")
        namespaces = _sub(self.admx, "policyNamespaces")
        _sub(namespaces, "target", prefix=TARGET[0], namespace=TARGET[1])
        _sub(self.admx, "resources", minRequiredRevision=REVISION)
        definitions = _sub(_sub(self.admx, "supportedOn"), "definitions")
        _sub(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
        self.categories = _sub(self.admx, "categories")
        self.policies = _sub(self.admx, "policies")
        for root in ("CoachApp", "CoachApp_Recommended"):
            _sub(self.categories, "category", name=root, displayName=f"$(string.{root})")
        for category, title in POLICY_CATEGORIES.items():
            name = category_name(category)
            self.strings[name] = title
            for root, suffix in (("CoachApp", ""), ("CoachApp_Recommended", "_Recommended")):
                element = _sub(
                    self.categories, "category",
                    name=name + suffix, displayName=f"$(string.{name})",
                )  # fmt: skip
                _sub(element, "parentCategory", ref=root)
        every = {**POLICY_ONLY, **SETTINGS}
        for category in POLICY_CATEGORIES:
            for key, spec in every.items():
                if spec.category == category:
                    self.add(key, spec, "mandatory" if key in SETTINGS else "machine only")
        for category in POLICY_CATEGORIES:
            for key, spec in SETTINGS.items():
                if spec.category == category:
                    self.add(key, spec, "recommended")

    def add(self, key: str, spec: SettingSpec, kind: str) -> None:
        """The policy for `key`: "mandatory", "machine only" (both locked) or "recommended"."""
        name = policy_name(key)
        suffix = "_Recommended" if kind == "recommended" else ""
        explain = f"{name}{suffix}_Explain"
        self.strings[name] = spec.title
        self.strings[explain] = _explanation(spec, kind)
        policy = _sub(
            self.policies, "policy",
            name=name + suffix, **{"class": "Both"}, displayName=f"$(string.{name})",
            explainText=f"$(string.{explain})",
            key=REGISTRY_KEY + (f"\\{RECOMMENDED}" if suffix else ""),
        )  # fmt: skip
        _sub(policy, "parentCategory", ref=category_name(spec.category) + suffix)
        _sub(policy, "supportedOn", ref=SUPPORTED)
        if isinstance(spec.default, bool):
            policy.set("valueName", key)
            for tag, value in (("enabledValue", "1"), ("disabledValue", "0")):
                _sub(_sub(policy, tag), "decimal", value=value)
            return
        policy.set("presentation", f"$(presentation.{name})")
        elements = _sub(policy, "elements")
        if spec.choices:
            element = _sub(elements, "enum", id=name, valueName=key, required="true")
            for choice, label in zip(spec.choices, spec.labels, strict=True):
                self.strings[f"{name}_{choice}"] = label
                item = _sub(element, "item", displayName=f"$(string.{name}_{choice})")
                _sub(_sub(item, "value"), "string").text = choice
            default = str(spec.choices.index(spec.default))
            self.presentations[name] = ("dropdownList", {"defaultItem": default, "noSort": "true"})
        elif isinstance(spec.default, int):
            _sub(
                elements, "decimal", id=name, valueName=key, required="true",
                minValue=str(spec.minimum), maxValue=str(spec.maximum),
            )  # fmt: skip
            self.presentations[name] = ("decimalTextBox", {"defaultValue": str(spec.default)})
        else:
            text = _sub(elements, "text", id=name, valueName=key)
            if spec.max_length:
                text.set("maxLength", str(spec.max_length))
            # A name is needed and plain; a folder or an author may be empty, and name
            # environment variables (REG_EXPAND_SZ, expanded for the user running CoachApp).
            text.set(*(("required", "true") if key == "organisation" else ("expandable", "true")))
            self.presentations[name] = ("textBox", {})

    def adml(self, language: str) -> ET.Element:
        """The ADML of one language ("en" or "fr")."""
        root = ET.Element(_q("policyDefinitionResources"), revision=REVISION, schemaVersion="1.0")

        def said(words: PolicyText) -> str:
            return str(getattr(words, language))

        _sub(root, "displayName").text = said(TEXTS["displayName"])
        _sub(root, "description").text = said(TEXTS["description"])
        resources = _sub(root, "resources")
        table = _sub(resources, "stringTable")
        for identifier, words in self.strings.items():
            if identifier not in ("displayName", "description"):
                _sub(table, "string", id=identifier).text = said(words)
        presentations = _sub(resources, "presentationTable")
        colon = said(COLON)
        for name, (tag, attributes) in self.presentations.items():
            presentation = _sub(presentations, "presentation", id=name)
            label = said(self.strings[name]) + colon
            if tag == "textBox":
                _sub(_sub(presentation, tag, refId=name), "label").text = label
            else:
                _sub(presentation, tag, refId=name, **attributes).text = label
        return root


def _text(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def templates() -> dict[str, str]:
    """The files `make admx` writes, by path relative to the policy folder."""
    ET.register_namespace("", NAMESPACE)
    built = Templates()
    files = {f"{FILE_NAME}.admx": _text(built.admx)}
    for folder, language in LANGUAGES.items():
        files[f"{folder}/{FILE_NAME}.adml"] = _text(built.adml(language))
    return files


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else FOLDER
    for name, text in templates().items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
