"""Where CoachApp keeps its files, and the user's settings.

One data folder holds everything a manager would back up: the journal database, its automatic
backups and, when the folder is chosen explicitly (`--data-dir` or `COACHAPP_DATA_DIR`), the
settings and logs too, so that a portable or test installation never touches the user profile.

Long because the one declared list of settings lives here with what IT sees of each (its
category, title and explanation in French and English, its range or choices): the app, the
policy file, the registry and the ADMX templates all read it, so they never drift.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import KW_ONLY, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import platformdirs

from coachapp import APP_NAME
from coachapp.errors import QT_TRANSLATE_NOOP, UserError
from coachapp.fileio import write_text_atomic

log = logging.getLogger("coachapp.config")

DATA_DIR_ENV = "COACHAPP_DATA_DIR"
DATABASE_NAME = "journal.db"


class DataDirError(UserError):
    """The data folder cannot be used (a file, not writable, cannot be created)."""


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path
    backup_folder: Path | None = None  # set by a machine policy; else inside the data folder
    cache_folder: Path | None = None  # the user's cache folder; else inside the data folder

    @property
    def database(self) -> Path:
        return self.data / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.backup_folder or self.data / "backups"

    @property
    def export_keys(self) -> Path:
        """Where earlier versions left the keys of pseudonymised exports (taken into the journal
        when it opens)."""
        return self.data / "export-keys"

    @property
    def portfolio(self) -> Path:
        """The coach's portfolio: coachees' exports and the feedback on them, apart from the
        journal."""
        return self.data / "portfolio.db"

    @property
    def reviews(self) -> Path:
        """Drafts of the feedback being written on exports opened for review, one per export."""
        return self.data / "reviews"

    @property
    def cache(self) -> Path:
        """What can be rebuilt at any time (icons drawn once), kept to start faster."""
        return self.cache_folder or self.data / "cache"

    @property
    def lock_file(self) -> Path:
        return self.data / "coachapp.lock"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def templates(self) -> Path:
        return self.config / "templates"

    @property
    def log_file(self) -> Path:
        return self.logs / "coachapp.log"


def resolve_paths(
    data_dir: str | None = None, env: dict[str, str] | None = None, policy: Policy | None = None
) -> Paths:
    """The folders to use: an explicit data folder (portable: settings and logs inside it) wins
    over the environment, then the machine policy's folders, then the user profile's."""
    environ = os.environ if env is None else env
    chosen = data_dir or environ.get(DATA_DIR_ENV) or ""
    if chosen.strip():
        base = Path(chosen).expanduser().absolute()
        return Paths(data=base, config=base, logs=base / "logs")
    folders = policy.paths if policy else {}
    backups = folders.get("backups")
    return Paths(
        data=(
            folders.get("data") or platformdirs.user_data_path(APP_NAME, appauthor=False)
        ).absolute(),
        config=platformdirs.user_config_path(APP_NAME, appauthor=False),
        logs=platformdirs.user_log_path(APP_NAME, appauthor=False),
        backup_folder=backups.absolute() if backups else None,
        cache_folder=platformdirs.user_cache_path(APP_NAME, appauthor=False),
    )


def prepare_folder(folder: Path) -> None:
    """Create `folder` if needed and prove it is writable, or raise a DataDirError."""
    if folder.exists() and not folder.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "{path} is a file, not a folder."), path=folder
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "Cannot create the folder {path}: {reason}"),
            path=folder,
            reason=exc.strerror or exc,
        ) from exc
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("Config", "The folder {path} is not writable: {reason}"),
            path=folder,
            reason=exc.strerror or exc,
        ) from exc


def prepare_paths(paths: Paths) -> None:
    """Make every folder CoachApp writes to exist and be writable."""
    for folder in (paths.data, paths.config, paths.logs, paths.backups):
        prepare_folder(folder)


@dataclass(frozen=True)
class PolicyText:
    """A text of the Group Policy templates, in the languages their ADML files are written in."""

    en: str
    fr: str


@dataclass(frozen=True)
class SettingSpec:
    """A setting: its default and valid values, and how Group Policy presents it (tools/admx.py
    writes the ADMX/ADML templates from these, so that they never drift from the code)."""

    default: Any
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    _: KW_ONLY
    category: str  # a key of POLICY_CATEGORIES
    title: PolicyText
    explain: PolicyText  # what it does and what its values mean, for administrators
    labels: tuple[PolicyText, ...] = ()  # the choices' names, in the order of `choices`
    max_length: int | None = None  # for a text

    def accepts(self, value: Any) -> bool:
        if type(value) is not type(self.default):
            return False
        if self.choices and value not in self.choices:
            return False
        if self.max_length is not None and len(value) > self.max_length:
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


# Where Group Policy lists the settings, in this order (under "CoachApp", and under "CoachApp -
# Default settings (users can override)" for the defaults users may change).
POLICY_CATEGORIES: dict[str, PolicyText] = {
    "general": PolicyText("General", "Général"),
    "storage": PolicyText("Journal and backups", "Journal et sauvegardes"),
    "content": PolicyText("Organisation content", "Contenus de l’organisation"),
    "export": PolicyText("Exports and reviews", "Exports et relectures"),
    "reminders": PolicyText("Reminders", "Rappels"),
    "retention": PolicyText("Retention", "Durées de conservation"),
    "security": PolicyText("Security", "Sécurité"),
}

_SAME_AS_SYSTEM = PolicyText("Same as the system", "Celle du système")
_FOLDER_NOTE = PolicyText(
    " A network share works; users need read access only. Environment variables such as"
    " %USERNAME% are expanded for the user running CoachApp. Empty: none.",
    " Un partage réseau convient ; la lecture seule suffit aux utilisateurs. Les variables"
    " d’environnement comme %USERNAME% sont remplacées pour l’utilisateur qui lance CoachApp."
    " Vide : aucun.",
)


def _folder(what: PolicyText) -> PolicyText:
    """The explanation of a content folder, with what every such folder accepts."""
    return PolicyText(what.en + _FOLDER_NOTE.en, what.fr + _FOLDER_NOTE.fr)


SETTINGS: dict[str, SettingSpec] = {
    "language": SettingSpec(
        "system",
        ("system", "fr", "en"),
        category="general",
        title=PolicyText("Language", "Langue"),
        explain=PolicyText(
            "The language of CoachApp's windows, menus and exports. “Same as the system” follows"
            " the user's Windows display language when it is French or English, and is English"
            " otherwise.",
            "La langue des fenêtres, des menus et des exports de CoachApp. « Celle du système »"
            " suit la langue d’affichage de la session Windows de l’utilisateur si c’est le"
            " français ou l’anglais, et l’anglais sinon.",
        ),
        labels=(
            _SAME_AS_SYSTEM,
            PolicyText("French", "Français"),
            PolicyText("English", "Anglais"),
        ),
    ),
    "theme": SettingSpec(
        "system",
        ("system", "light", "dark", "contrast"),
        category="general",
        title=PolicyText("Appearance", "Apparence"),
        explain=PolicyText(
            "A light, dark or high-contrast appearance. “Same as the system” follows Windows'"
            " light or dark mode, and its high contrast when it is on.",
            "Une apparence claire, sombre ou à contraste élevé. « Celle du système » suit le"
            " mode clair ou sombre de Windows, et son contraste élevé quand il est activé.",
        ),
        labels=(
            _SAME_AS_SYSTEM,
            PolicyText("Light", "Claire"),
            PolicyText("Dark", "Sombre"),
            PolicyText("High contrast", "Contraste élevé"),
        ),
    ),
    "text_scale": SettingSpec(
        100,
        minimum=100,
        maximum=200,
        category="general",
        title=PolicyText("Text size (%)", "Taille du texte (%)"),
        explain=PolicyText(
            "The size of CoachApp's text, from 100 to 200 percent of the system's text size"
            " (which CoachApp follows as well).",
            "La taille du texte de CoachApp, de 100 à 200 % de la taille du texte du système"
            " (que CoachApp suit aussi).",
        ),
    ),
    "backup.interval_hours": SettingSpec(
        24,
        minimum=1,
        maximum=24 * 30,
        category="storage",
        title=PolicyText("Hours between automatic backups", "Heures entre deux sauvegardes"),
        explain=PolicyText(
            "While it is open, CoachApp copies the journal into its backup folder when the last"
            " automatic backup is older than this many hours (1 to 720).",
            "Tant qu’il est ouvert, CoachApp copie le journal dans son dossier de sauvegardes"
            " quand la dernière sauvegarde automatique date de plus de ce nombre d’heures"
            " (de 1 à 720).",
        ),
    ),
    "backup.keep": SettingSpec(
        10,
        minimum=1,
        maximum=365,
        category="storage",
        title=PolicyText("Automatic backups kept", "Sauvegardes automatiques conservées"),
        explain=PolicyText(
            "How many automatic backups of the journal CoachApp keeps (1 to 365); the oldest"
            " go first.",
            "Le nombre de sauvegardes automatiques du journal que CoachApp conserve (de 1 à"
            " 365) ; les plus anciennes sont supprimées en premier.",
        ),
    ),
    # A folder of extra entry templates (an IT content pack), with fr/ and en/ inside.
    "templates.folder": SettingSpec(
        "",
        category="content",
        title=PolicyText("Entry templates folder", "Dossier de modèles d’entrées"),
        explain=_folder(
            PolicyText(
                "A folder of your organisation's journal entry templates, offered besides the"
                " built-in ones: a fr and an en folder inside, one Markdown file per template.",
                "Un dossier de modèles d’entrées de journal propres à votre organisation, proposés"
                " en plus de ceux fournis : un dossier fr et un dossier en à l’intérieur, un"
                " fichier Markdown par modèle.",
            )
        ),
    ),
    # A folder of extra collective-intelligence methods (*.json, as resources/methods/).
    "methods.folder": SettingSpec(
        "",
        category="content",
        title=PolicyText("Methods folder", "Dossier de méthodes"),
        explain=_folder(
            PolicyText(
                "A folder of collective-intelligence method cards (*.json files) added to the"
                " library of methods.",
                "Un dossier de fiches de méthodes d’intelligence collective (fichiers *.json)"
                " ajoutées à la bibliothèque de méthodes.",
            )
        ),
    ),
    # An organisation's own pages for the guide to the model (services/guide/organisation.py).
    "guide.folder": SettingSpec(
        "",
        category="content",
        title=PolicyText("Organisation guide pages folder", "Dossier des pages de l’organisation"),
        explain=_folder(
            PolicyText(
                "A folder of your organisation's own pages (its management charter, its"
                " administration and territory projects, its training offer and contacts) added"
                " to the guide to the management model and linked from the pillars they concern:"
                " a pack.json file and Markdown pages in French and English.",
                "Un dossier des pages propres à votre organisation (sa charte managériale, ses"
                " projets d’administration et de territoire, son offre de formation et ses"
                " contacts) ajoutées au guide du modèle de management et reliées aux piliers"
                " qu’elles concernent\u00a0: un fichier pack.json et des pages Markdown en français"
                " et en anglais.",
            )
        ),
    ),
    # A folder of prompt packs (*.json, as resources/coaching/prompts.json) that add rules,
    # change their thresholds or texts, or switch some off.
    "prompts.folder": SettingSpec(
        "",
        category="content",
        title=PolicyText("Suggestion packs folder", "Dossier de suggestions"),
        explain=_folder(
            PolicyText(
                "A folder of suggestion packs (*.json files) that add suggestions, change their"
                " thresholds or texts, or switch some off.",
                "Un dossier de lots de suggestions (fichiers *.json) qui en ajoutent, changent"
                " leurs seuils ou leurs textes, ou en désactivent.",
            )
        ),
    ),
    # Where the last export was written, and who signs coach feedback in review mode.
    "export.folder": SettingSpec(
        "",
        category="export",
        title=PolicyText("Export folder", "Dossier des exports"),
        explain=PolicyText(
            "The folder the export and save dialogs open in; CoachApp then remembers the last"
            " folder used, unless this policy is mandatory. Environment variables such as"
            " %USERPROFILE% are expanded. Empty: the user's own folders.",
            "Le dossier où s’ouvrent les fenêtres d’export et d’enregistrement ; CoachApp retient"
            " ensuite le dernier dossier utilisé, sauf si cette stratégie est obligatoire. Les"
            " variables d’environnement comme %USERPROFILE% sont remplacées. Vide : les dossiers"
            " de l’utilisateur.",
        ),
    ),
    "export.format": SettingSpec(
        "json",
        ("json", "pdf", "html", "md"),  # the coach's first
        category="export",
        title=PolicyText("Export format", "Format d’export"),
        explain=PolicyText(
            "The format the export dialog offers first. JSON is the file a coach reviews and"
            " that CoachApp imports back; PDF, HTML and Markdown are for reading.",
            "Le format que la fenêtre d’export propose d’abord. Le JSON est le fichier qu’un"
            " coach relit et que CoachApp sait réimporter ; PDF, HTML et Markdown servent à la"
            " lecture.",
        ),
        labels=(
            PolicyText("JSON (for a coach)", "JSON (pour un coach)"),
            PolicyText("PDF", "PDF"),
            PolicyText("HTML", "HTML"),
            PolicyText("Markdown", "Markdown"),
        ),
    ),
    "export.pseudonymise": SettingSpec(
        False,
        (True, False),  # names replaced by default
        category="export",
        title=PolicyText(
            "Replace people's names in exports", "Remplacer le nom des personnes dans les exports"
        ),
        explain=PolicyText(
            "Enabled: every person's name, also inside the text, is replaced by an alias in"
            " exports. Disabled: names are kept unless the user asks. Make it mandatory to"
            " require pseudonymised exports.",
            "Activé : le nom de chaque personne, y compris dans le texte, est remplacé par un"
            " alias dans les exports. Désactivé : les noms sont conservés, sauf demande de"
            " l’utilisateur. Rendez cette stratégie obligatoire pour imposer des exports"
            " pseudonymisés.",
        ),
    ),
    "review.author": SettingSpec(
        "",
        category="export",
        title=PolicyText("Reviewer's name", "Nom du relecteur"),
        explain=PolicyText(
            "The name that signs the comments a coach writes on an export. Environment"
            " variables such as %USERNAME% are expanded. Empty: the coach types it once.",
            "Le nom qui signe les commentaires qu’un coach écrit sur un export. Les variables"
            " d’environnement comme %USERNAME% sont remplacées. Vide : le coach le saisit une"
            " fois.",
        ),
    ),
    # The Coaching area in the sidebar before any coachee's export was added (a coach's choice).
    "coaching.area": SettingSpec(
        False,
        (True, False),
        category="export",
        title=PolicyText("Show the Coaching area", "Afficher l’espace Coaching"),
        explain=PolicyText(
            "Enabled: the Coaching area, where a coach follows several managers from their"
            " exports, is in the sidebar from the start. Disabled: it appears once the user"
            " files a coachee's export.",
            "Activé : l’espace Coaching, où un coach suit plusieurs managers à partir de leurs"
            " exports, figure dans la barre latérale dès le départ. Désactivé : il apparaît"
            " quand l’utilisateur classe l’export d’un coaché.",
        ),
    ),
    # Retention an organisation may require (set by machine policy; 0 keeps everything):
    # entries older than this many months go to the trash, and the trash is emptied of what
    # has been there this many months.
    "retention.entry_months": SettingSpec(
        0,
        minimum=0,
        maximum=1200,
        category="retention",
        title=PolicyText("Months an entry is kept", "Durée de conservation des entrées (mois)"),
        explain=PolicyText(
            "At each start, journal entries older than this many months go to the trash, where"
            " the user can still restore them until the trash rule erases them. 0 keeps every"
            " entry (0 to 1200).",
            "À chaque démarrage, les entrées du journal plus anciennes que ce nombre de mois"
            " vont à la corbeille, d’où l’utilisateur peut encore les restaurer jusqu’à ce que"
            " la règle de la corbeille les efface. 0 conserve toutes les entrées (de 0 à 1200).",
        ),
    ),
    "retention.trash_months": SettingSpec(
        0,
        minimum=0,
        maximum=1200,
        category="retention",
        title=PolicyText(
            "Months before the trash is emptied", "Durée avant effacement de la corbeille (mois)"
        ),
        explain=PolicyText(
            "At each start, what has been in the trash this many months is erased for good."
            " 0 keeps the trash until the user empties it (0 to 1200).",
            "À chaque démarrage, ce qui est dans la corbeille depuis ce nombre de mois est"
            " effacé définitivement. 0 garde la corbeille jusqu’à ce que l’utilisateur la vide"
            " (de 0 à 1200).",
        ),
    ),
    # Encryption at rest: a policy can require it (locked True); the window locks itself after
    # this many idle minutes when the journal is protected (0: only on request).
    "security.require_protection": SettingSpec(
        False,
        (True, False),
        category="security",
        title=PolicyText("Require a protected journal", "Exiger un journal protégé"),
        explain=PolicyText(
            "Enabled: every journal must be encrypted with a passphrase. A journal that is not"
            " is converted at the next start, after the user chooses a passphrase, and the"
            " protection cannot be removed. Disabled: each user decides.",
            "Activé : chaque journal doit être chiffré avec une phrase secrète. Un journal qui"
            " ne l’est pas est converti au démarrage suivant, une fois que l’utilisateur a"
            " choisi sa phrase secrète, et la protection ne peut plus être retirée. Désactivé :"
            " chaque utilisateur décide.",
        ),
    ),
    "security.lock_minutes": SettingSpec(
        10,
        minimum=0,
        maximum=480,
        category="security",
        title=PolicyText(
            "Lock a protected journal after idle minutes",
            "Verrouiller un journal protégé après inactivité (minutes)",
        ),
        explain=PolicyText(
            "The window of a protected journal locks itself after this many minutes without"
            " use, and asks for the passphrase again. 0 locks it only when the user asks"
            " (0 to 480).",
            "La fenêtre d’un journal protégé se verrouille après ce nombre de minutes sans"
            " utilisation et redemande la phrase secrète. 0 ne la verrouille qu’à la demande"
            " de l’utilisateur (de 0 à 480).",
        ),
    ),
    # Reminders (a notification from the tray icon, where the desktop has one).
    "reminders.checkins": SettingSpec(
        True,
        (True, False),
        category="reminders",
        title=PolicyText("Remind of check-ins due", "Rappeler les points d’étape dus"),
        explain=PolicyText(
            "Enabled: a notification from the notification area says when a delegation's"
            " check-in is due. Disabled: no such reminder.",
            "Activé : une notification dans la zone de notification signale le point d’étape"
            " dû d’une délégation. Désactivé : pas de rappel.",
        ),
    ),
    "reminders.rituals": SettingSpec(
        True,
        (True, False),
        category="reminders",
        title=PolicyText("Remind of meetings about to start", "Rappeler les réunions à venir"),
        explain=PolicyText(
            "Enabled: a notification comes before each planned collective meeting (see"
            " “Minutes before a meeting's reminder”). Disabled: no such reminder.",
            "Activé : une notification précède chaque réunion collective planifiée (voir"
            " « Minutes avant le rappel d’une réunion »). Désactivé : pas de rappel.",
        ),
    ),
    "reminders.reviews": SettingSpec(
        True,
        (True, False),
        category="reminders",
        title=PolicyText(
            "Remind of experiment reviews due", "Rappeler les bilans d’expérimentation dus"
        ),
        explain=PolicyText(
            "Enabled: a notification says when an experiment reaches its review date."
            " Disabled: no such reminder.",
            "Activé : une notification signale qu’une expérimentation arrive à la date de son"
            " bilan. Désactivé : pas de rappel.",
        ),
    ),
    "reminders.minutes_before": SettingSpec(
        15,
        minimum=5,
        maximum=120,
        category="reminders",
        title=PolicyText(
            "Minutes before a meeting's reminder", "Minutes avant le rappel d’une réunion"
        ),
        explain=PolicyText(
            "How long before a meeting its reminder comes (5 to 120 minutes).",
            "Combien de temps avant une réunion arrive son rappel (de 5 à 120 minutes).",
        ),
    ),
    "reminders.quiet_from": SettingSpec(
        19,
        minimum=0,
        maximum=23,  # hour, local time
        category="reminders",
        title=PolicyText("Start of quiet hours (hour)", "Début des heures calmes (heure)"),
        explain=PolicyText(
            "The hour (0 to 23, local time) from which no reminder is shown, until the end of"
            " the quiet hours.",
            "L’heure (de 0 à 23, heure locale) à partir de laquelle aucun rappel n’est affiché,"
            " jusqu’à la fin des heures calmes.",
        ),
    ),
    "reminders.quiet_until": SettingSpec(
        8,
        minimum=0,
        maximum=23,
        category="reminders",
        title=PolicyText("End of quiet hours (hour)", "Fin des heures calmes (heure)"),
        explain=PolicyText(
            "The hour (0 to 23, local time) at which reminders come again.",
            "L’heure (de 0 à 23, heure locale) à laquelle les rappels reprennent.",
        ),
    ),
}

# What a machine policy sets besides the settings: the organisation's name and, for every
# user, the journal's folder and the backups' ("paths.<key>" in the registry, "paths": {key}
# in the policy file). Users have no say in these, so Group Policy has no default for them.
POLICY_ONLY: dict[str, SettingSpec] = {
    "organisation": SettingSpec(
        "",
        max_length=200,
        category="general",
        title=PolicyText("Organisation name", "Nom de l’organisation"),
        explain=PolicyText(
            "The name of your organisation (200 characters at most), shown in CoachApp's window"
            " title and given as the reason of the settings you lock.",
            "Le nom de votre organisation (200 caractères au plus), affiché dans le titre de la"
            " fenêtre de CoachApp et donné comme motif des paramètres que vous verrouillez.",
        ),
    ),
    "paths.data": SettingSpec(
        "",
        max_length=1000,
        category="storage",
        title=PolicyText("Journal folder", "Dossier du journal"),
        explain=PolicyText(
            "The folder that holds each user's journal and, unless “Backup folder” is set, its"
            " automatic backups. Environment variables such as %USERPROFILE% or %USERNAME% are"
            " expanded for the user running CoachApp: give each user a folder of their own. A"
            " folder given on the command line (--data-dir) or in COACHAPP_DATA_DIR still wins."
            " Not configured: %LOCALAPPDATA%\\CoachApp.",
            "Le dossier qui contient le journal de chaque utilisateur et, si « Dossier des"
            " sauvegardes » n’est pas configuré, ses sauvegardes automatiques. Les variables"
            " d’environnement comme %USERPROFILE% ou %USERNAME% sont remplacées pour"
            " l’utilisateur qui lance CoachApp : donnez à chacun son propre dossier. Un dossier"
            " indiqué en ligne de commande (--data-dir) ou dans COACHAPP_DATA_DIR reste"
            " prioritaire. Non configuré : %LOCALAPPDATA%\\CoachApp.",
        ),
    ),
    "paths.backups": SettingSpec(
        "",
        max_length=1000,
        category="storage",
        title=PolicyText("Backup folder", "Dossier des sauvegardes"),
        explain=PolicyText(
            "Where the automatic backups of each user's journal go, for example a folder that"
            " your own backups cover. Environment variables are expanded for the user running"
            " CoachApp. Not configured: the backups folder inside the journal folder.",
            "L’emplacement des sauvegardes automatiques du journal de chaque utilisateur, par"
            " exemple un dossier couvert par vos propres sauvegardes. Les variables"
            " d’environnement sont remplacées pour l’utilisateur qui lance CoachApp. Non"
            " configuré : le dossier backups du dossier du journal.",
        ),
    ),
}


class Origin(Enum):
    """Where a policy value comes from, strongest first: Group Policy (the registry) wins over
    the policy file, and a computer's policy over a user's (docs/deploy.md)."""

    MACHINE_REGISTRY = "machine registry"
    USER_REGISTRY = "user registry"
    FILE = "policy file"


@dataclass(frozen=True)
class PolicyLayer:
    """What one place (a registry key, or the policy file) sets, before the places are merged."""

    origin: Origin
    place: str  # the file's path, or the registry key
    organisation: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)
    locked: dict[str, Any] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    problems: tuple[str, ...] = ()  # "what: why", what relative to the place


@dataclass(frozen=True)
class Policy:
    """What the machine policy sets (coachapp.policy reads it): empty when there is none."""

    organisation: str = ""
    defaults: dict[str, Any] = field(default_factory=dict)  # machine defaults, user may change
    locked: dict[str, Any] = field(default_factory=dict)  # enforced values
    paths: dict[str, Path] = field(default_factory=dict)  # "data", "backups"
    source: Path | None = None  # the policy file, when there is one
    problems: tuple[str, ...] = ()  # what was skipped, and why ("place: what: why")
    origins: dict[str, Origin] = field(default_factory=dict)  # where the value in force is from
    layers: tuple[PolicyLayer, ...] = ()  # what each place set, strongest first

    def origin(self, key: str) -> Origin:
        """Where the policy's value of `key` comes from (the file when nothing says)."""
        return self.origins.get(key, Origin.FILE)


class Settings:
    """User settings (declared in SETTINGS) plus UI state, kept in one JSON file.

    A value that is missing, of the wrong type or out of range reads as its default, so a
    hand-edited or damaged file never stops the app. Every change is written atomically.
    """

    def __init__(self, path: Path, policy: Policy | None = None) -> None:
        self._path = path
        self.policy = policy or Policy()
        self._values: dict[str, Any] = {}
        self._state: dict[str, str] = {}
        self._load()

    @property
    def path(self) -> Path:
        return self._path

    def _load(self) -> None:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("Ignoring unreadable settings file %s: %s", self._path, exc)
            return
        if not isinstance(raw, dict):
            log.warning("Ignoring settings file %s: not a JSON object", self._path)
            return
        for key, value in (raw.get("settings") or {}).items():
            spec = SETTINGS.get(key)
            if spec is not None and spec.accepts(value):
                self._values[key] = value
            else:
                log.warning("Ignoring invalid setting %r in %s", key, self._path)
        state = raw.get("state") or {}
        if isinstance(state, dict):
            self._state = {k: v for k, v in state.items() if isinstance(v, str)}

    def get(self, key: str) -> Any:
        policy = self.policy
        if key in policy.locked:
            return policy.locked[key]
        if key in self._values:
            return self._values[key]
        return policy.defaults.get(key, SETTINGS[key].default)

    def locked(self, key: str) -> bool:
        """Set by the machine policy: the user cannot change it."""
        return key in self.policy.locked

    def set(self, key: str, value: Any) -> None:
        """Keep the user's choice (ignored, with a log line, where the policy locks `key`)."""
        spec = SETTINGS[key]
        if not spec.accepts(value):
            raise ValueError(f"invalid value {value!r} for setting {key!r}")
        if self.locked(key):
            log.info("Setting %s is locked by the machine policy; not changed", key)
            return
        if self.get(key) == value and key in self._values:
            return
        self._values[key] = value
        self._save()

    def state(self, key: str) -> str | None:
        return self._state.get(key)

    def set_state(self, key: str, value: str) -> None:
        if self._state.get(key) == value:
            return
        self._state[key] = value
        self._save()

    def _save(self) -> None:
        document = {"settings": self._values, "state": self._state}
        write_text_atomic(self._path, json.dumps(document, indent=2, sort_keys=True) + "\n")
