"""Configuration files: where they are, what they may say, and the :class:`Options` per file.

textfix reads ``[tool.textfix]`` in ``pyproject.toml``, or the top level of ``textfix.toml``
or ``.textfix.toml`` (in that folder, ``.textfix.toml`` wins over ``textfix.toml``, which wins
over ``pyproject.toml``, as in ruff). For each file the *closest* configuration above it
applies: the search goes up from the file's folder and stops at the repository root (the
folder holding ``.git``), as ruff, black and typos do. ``--config FILE`` names the file
instead, ``--isolated`` ignores every configuration file.

Keys (every other key is an error naming it)::

    select = ["TF2", "TF401"]        # rule ids or prefixes to run; default: all
    extend-select = ["TF4"]          # added to select
    ignore = ["TF202"]               # never run these
    per-file-ignores = {"notes/*.md" = ["TF4"]}   # glob -> rule codes ignored there
    language = "en"                  # wordfreq language code
    unsafe = false                   # also apply suggested edits
    allow = ["Niendorf", "iPhone"]   # words never split or changed; CASE-EXACT
    residue-patterns = ['^Share this article$']   # extra residue lines (regular expressions)
    extend-exclude = ["drafts/", "*.generated.txt"]  # files never cleaned
    nbsp = "keep"                    # or "space"

Globs (``per-file-ignores``, ``extend-exclude``) are relative to the configuration file's
folder: a pattern without ``/`` matches a file name or any folder name on the way to it, a
pattern with ``/`` matches the path from that folder; ``*`` may cross ``/``. The allow-list is
case-exact: ``"Niendorf"`` keeps ``Niendorf`` but not ``niendorf`` or ``NIENDORF``; list each
spelling you mean.

Command-line flags override the file: ``--select`` replaces ``select`` and ``extend-select``,
``--ignore`` and ``--extend-select`` add, ``--language`` and ``--unsafe/--no-unsafe`` replace.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath

from textfix.config import Options
from textfix.decisions import IGNORE_FILE_NAME, EditFilter, IgnoreFileError, read_ignore_file

CONFIG_FILE_NAMES = (".textfix.toml", "textfix.toml", "pyproject.toml")
MARKDOWN_SUFFIXES = (".md", ".markdown")


class SettingsError(ValueError):
    """A configuration that cannot be used; the message is the one line the user sees."""


@dataclass(frozen=True)
class Overrides:
    """What the command line says; ``None`` (or empty) leaves the configuration's value."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    unsafe: bool | None = None
    language: str | None = None
    nbsp: str | None = None
    newline: str | None = None
    config: Path | None = None
    isolated: bool = False


@dataclass(frozen=True)
class Settings:
    """One configuration file's settings (or the defaults), with where they came from.

    ``source`` is the file read (``None``: defaults), ``root`` the folder its globs are
    relative to and where the ignore file lives.
    """

    root: Path
    source: Path | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    language: str = "en"
    unsafe: bool = False
    allow: tuple[str, ...] = ()
    residue_patterns: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    nbsp: str = "keep"
    remembered: frozenset = field(default=frozenset(), repr=False)

    @property
    def ignore_file(self) -> Path:
        return self.root / IGNORE_FILE_NAME

    def options_for(self, path: Path | str | None, overrides: Overrides = Overrides()) -> Options:
        """The options for one file: this configuration, its per-file ignores, the flags."""
        if overrides.select is not None:
            select = tuple(overrides.select)
        else:
            select = self.select + self.extend_select if self.select else ()
        if select:  # an empty selection is every rule already
            select += tuple(overrides.extend_select)
        ignore = self.ignore + tuple(overrides.ignore)
        relative = self._relative(path)
        if relative is not None:
            for pattern, codes in self.per_file_ignores:
                if glob_matches(pattern, relative):
                    ignore += codes
        return Options(
            select=select,
            ignore=ignore,
            unsafe=self.unsafe if overrides.unsafe is None else overrides.unsafe,
            language=overrides.language or self.language,
            allow=frozenset(self.allow),
            residue_patterns=self.residue_patterns,
            nbsp=overrides.nbsp or self.nbsp,
            newline=overrides.newline or "keep",
            markdown=path is not None and str(path).lower().endswith(MARKDOWN_SUFFIXES),
            edit_filter=EditFilter(skip=self.remembered),
        )

    def is_excluded(self, path: Path | str) -> bool:
        """Whether ``extend-exclude`` names this file (or a folder it is in)."""
        relative = self._relative(path)
        return relative is not None and any(glob_matches(p, relative) for p in self.extend_exclude)

    def _relative(self, path: Path | str | None) -> PurePosixPath | None:
        if path is None or str(path) == "-":
            return None
        absolute = Path(os.path.abspath(path))
        try:
            return PurePosixPath(absolute.relative_to(self.root).as_posix())
        except ValueError:
            return PurePosixPath(absolute.name)


def glob_matches(pattern: str, relative: PurePosixPath) -> bool:
    """Whether a configuration glob names the file at ``relative`` (see the module docstring).

        >>> glob_matches("drafts/", PurePosixPath("corpus/drafts/a.txt"))
        True
        >>> glob_matches("notes/*.md", PurePosixPath("notes/deep/a.md"))
        True
        >>> glob_matches("*.md", PurePosixPath("notes/a.txt"))
        False
    """
    pattern = pattern.strip().removeprefix("./")
    if pattern.endswith("/"):
        pattern = pattern.rstrip("/")
        candidates = [part for part in relative.parts[:-1]]  # a folder pattern: folders only
        prefixes = [PurePosixPath(*relative.parts[:i]).as_posix() for i in range(1, len(relative.parts))]
    else:
        candidates = list(relative.parts)
        prefixes = [PurePosixPath(*relative.parts[:i]).as_posix() for i in range(1, len(relative.parts) + 1)]
    if "/" in pattern:
        return any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes)
    return any(fnmatch.fnmatchcase(name, pattern) for name in candidates)


# --- reading and validating one file ---------------------------------------------------

def _strings(value: object, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _codes(value: object, key: str, where: str) -> tuple[str, ...]:
    from textfix.rules import all_rules, unknown_codes

    codes = tuple(c.strip() for c in _strings(value, key, where))
    unknown = unknown_codes(codes, all_rules())
    if unknown:
        raise SettingsError(f"{where}: unknown rule code {unknown[0]!r} in {key!r} (see `textfix rules`)")
    return codes


def _bool(value: object, key: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(f"{where}: {key!r} must be true or false")
    return value


def _language(value: object, key: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SettingsError(f"{where}: {key!r} must be a language code such as \"en\"")
    return known_language(value.strip(), where)


def known_language(code: str, where: str) -> str:
    """``code`` if wordfreq has frequencies for it; otherwise a one-line error naming the codes
    it has (an unknown code would otherwise give an empty lexicon and no word repairs)."""
    from textfix.lexicon import languages

    known = languages()
    if code not in known:
        raise SettingsError(f"{where}: unknown language {code!r} (known: {', '.join(sorted(known))})")
    return code


def _patterns(value: object, key: str, where: str) -> tuple[str, ...]:
    import regex

    patterns = _strings(value, key, where)
    for pattern in patterns:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise SettingsError(f"{where}: bad regular expression {pattern!r} in {key!r} ({error})") from None
    return patterns


def _nbsp(value: object, key: str, where: str) -> str:
    if value not in ("keep", "space"):
        raise SettingsError(f"{where}: {key!r} must be \"keep\" or \"space\"")
    return value  # narrowed to str by the "in" test above


def _per_file_ignores(value: object, key: str, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise SettingsError(f"{where}: {key!r} must be a table of glob = [rule codes]")
    return tuple((glob, _codes(codes, f"{key}.{glob}", where)) for glob, codes in value.items())


# key in the file -> (Settings field, validator)
KEYS = {
    "select": ("select", _codes),
    "extend-select": ("extend_select", _codes),
    "ignore": ("ignore", _codes),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "language": ("language", _language),
    "unsafe": ("unsafe", _bool),
    "allow": ("allow", _strings),
    "residue-patterns": ("residue_patterns", _patterns),
    "extend-exclude": ("extend_exclude", _strings),
    "nbsp": ("nbsp", _nbsp),
}


def config_table(path: Path) -> dict | None:
    """The textfix table of a configuration file, or ``None`` for a ``pyproject.toml``
    without ``[tool.textfix]`` (which therefore does not count as a configuration)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: cannot read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not valid TOML ({error})") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("textfix")
        if table is not None and not isinstance(table, dict):
            raise SettingsError(f"{path}: [tool.textfix] must be a table")
        return table
    return data


def load_settings(path: Path) -> Settings:
    """Read and validate one configuration file; an unknown key is an error naming it."""
    path = Path(os.path.abspath(path))
    table = config_table(path)
    where = f"{path}" + (" [tool.textfix]" if path.name == "pyproject.toml" else "")
    values: dict[str, object] = {}
    for key, value in (table or {}).items():
        if key not in KEYS:
            raise SettingsError(f"{where}: unknown key {key!r} (known: {', '.join(KEYS)})")
        name, validate = KEYS[key]
        values[name] = validate(value, key, where)
    return with_remembered(Settings(root=path.parent, source=path, **values))  # type: ignore[arg-type]


def with_remembered(settings: Settings) -> Settings:
    """The settings with the edits remembered in their folder's ignore file."""
    try:
        remembered = read_ignore_file(settings.ignore_file)
    except IgnoreFileError as error:
        raise SettingsError(str(error)) from None
    return Settings(**{f.name: getattr(settings, f.name) for f in fields(Settings)} | {"remembered": remembered})


# --- discovery -------------------------------------------------------------------------

def find_config_file(start: Path) -> tuple[Path | None, Path]:
    """The closest configuration file at or above folder ``start`` (stopping at the repository
    root), and the folder that is the root without one: the repository root, or ``start``
    outside a repository (where the ignore file lives)."""
    folder = first = Path(os.path.abspath(start))
    while True:
        for name in CONFIG_FILE_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or config_table(candidate) is not None):
                return candidate, folder
        if (folder / ".git").exists():
            return None, folder
        if folder.parent == folder:
            return None, first  # not in a repository: the file's own folder
        folder = folder.parent


class Resolver:
    """Finds and caches the settings for many files (one lookup per folder).

    Create one per command run with the command line's :class:`Overrides`; call
    :meth:`options_for` for each file. Not shared between runs, so an edited configuration
    is always read afresh.
    """

    def __init__(self, overrides: Overrides = Overrides()) -> None:
        self.overrides = overrides
        self._by_folder: dict[Path, Settings] = {}
        self._by_file: dict[Path, Settings] = {}
        self._fixed: Settings | None = None
        if overrides.config is not None:
            self._fixed = load_settings(overrides.config)
        elif overrides.isolated:
            self._fixed = Settings(root=Path.cwd())

    def settings_for(self, path: Path | str | None) -> Settings:
        if self._fixed is not None:
            return self._fixed
        folder = Path.cwd() if path is None or str(path) == "-" else Path(os.path.abspath(path)).parent
        if folder not in self._by_folder:
            source, stop = find_config_file(folder)
            if source is None:
                settings = with_remembered(Settings(root=stop))
            else:
                if source not in self._by_file:
                    self._by_file[source] = load_settings(source)
                settings = self._by_file[source]
            self._by_folder[folder] = settings
        return self._by_folder[folder]

    def options_for(self, path: Path | str | None) -> Options:
        return self.settings_for(path).options_for(path, self.overrides)

    def is_excluded(self, path: Path | str) -> bool:
        return self.settings_for(path).is_excluded(path)


def options_for(path: Path | str | None, overrides: Overrides = Overrides()) -> Options:
    """The :class:`Options` for one file, as ``textfix clean`` would use them."""
    return Resolver(overrides).options_for(path)


def describe(settings: Settings, path: Path | str | None, overrides: Overrides = Overrides()) -> str:
    """What ``textfix config`` prints: where the settings came from and what they resolve to."""
    options = settings.options_for(path, overrides)
    source = str(settings.source) if settings.source else "defaults (no configuration file found)"
    if overrides.isolated and overrides.config is None:
        source = "defaults (--isolated)"
    lines = [
        f"# settings for {path or '.'}",
        f"# from: {source}",
        f"# ignore file: {settings.ignore_file} ({len(settings.remembered)} remembered edits)",
        f"select = {_toml_list(options.select or ('ALL',))}",
        f"ignore = {_toml_list(options.ignore)}",
        f"language = {_toml_string(options.language)}",
        f"unsafe = {str(options.unsafe).lower()}",
        f"allow = {_toml_list(sorted(options.allow))}  # case-exact",
        f"residue-patterns = {_toml_list(options.residue_patterns)}",
        f"extend-exclude = {_toml_list(settings.extend_exclude)}",
        f"nbsp = {_toml_string(options.nbsp)}",
    ]
    if settings.per_file_ignores:
        lines.append("per-file-ignores = {" + ", ".join(
            f"{_toml_string(glob)} = {_toml_list(codes)}" for glob, codes in settings.per_file_ignores) + "}")
    if path is not None and settings.is_excluded(path):
        lines.append("# this file is excluded (extend-exclude)")
    return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _toml_list(values) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"
