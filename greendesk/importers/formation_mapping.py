"""Column mappings: how the headings of someone else's list become GreenDesk's fields.

A public register of tailings facilities, a laboratory's assay report, a monitoring
contractor's spreadsheet each have their own column names, placeholders for "unknown"
(`<Nulo>`, `S/I`, `-`), decimal marks and words for statuses. A mapping says, per field,
where its value comes from and how to read it; it is kept as JSON in the data folder under
a name, so the next year's file imports with the same mapping.

A field's source is one of: `column` (a heading), `columns` (the first of several that
is known), `template` ("{COMUNA}, {PROVINCIA}": headings in braces; a part between
semicolons whose headings are all unknown is left out) or `value` (a constant). Options: `values` (file word → GreenDesk value, for kinds and statuses),
`decimal` ("comma" or "point" for this column), `unknown` (more placeholders), `scale`
(a factor, e.g. 1000 for thousands of tonnes) and `unit` (for a grade column).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from greendesk.errors import DomainError, message_of
from greendesk.i18n import QT_TRANSLATE_NOOP
from greendesk.models import ConsequenceClass, ConstructionMethod, FormationKind, FormationStatus

UNKNOWN = ("", "-", "–", "—", "?", "<nulo>", "<null>", "null", "none", "n/a", "na", "n_a",
           "s/i", "nan", "#n/a", "нет данных", "н/д")
DECIMALS = ("auto", "comma", "point")


@dataclass(frozen=True)
class Field:
    """A field an import can fill: its label, how its text is read, and the headings it is
    usually found under (for the first guess of a mapping)."""

    label: str
    kind: str  # text, number, year, date, bool, or an enum's name
    required: bool = False
    aliases: tuple[str, ...] = ()


ENUMS: dict[str, type[Enum]] = {
    "kind": FormationKind, "status": FormationStatus,
    "construction_method": ConstructionMethod, "consequence_class": ConsequenceClass,
}

FORMATION_FIELDS: dict[str, Field] = {
    "name": Field("Name", "text", True, ("name", "formation", "наименование", "название",
                                          "nombre", "nombre_ins", "nombre instalacion")),
    "kind": Field("Kind", "kind", True, ("kind", "type", "вид", "тип", "tipo", "tipo_insta")),
    "status": Field("Status", "status", True, ("status", "state", "состояние", "статус",
                                                "estado", "estado_ins")),
    "site": Field("Site", "text", False, ("site", "площадка", "участок")),
    "node": Field("Stock node", "text", False, ("node", "stock node", "узел")),
    "external_id": Field("Identifier in the source", "text", False,
                         ("id", "identifier", "external id", "placemark_id", "код", "codigo")),
    "latitude": Field("Latitude", "number", False, ("latitude", "lat", "широта", "latitud")),
    "longitude": Field("Longitude", "number", False, ("longitude", "lon", "lng", "долгота",
                                                      "longitud")),
    "year_from": Field("First year of placement", "year", False,
                       ("year from", "start year", "год начала", "начало")),
    "year_to": Field("Last year of placement", "year", False,
                     ("year to", "end year", "год окончания", "окончание")),
    "area_ha": Field("Area, ha", "number", False, ("area", "area, ha", "area_ha", "площадь",
                                                    "площадь, га", "superficie")),
    "volume_m3": Field("Volume, m³", "number", False,
                       ("volume", "volume, m3", "volume_m3", "объём", "объем", "объём, м3",
                        "объем, м3", "vol_actual", "volumen")),
    "density_t_m3": Field("Bulk density, t/m³", "number", False,
                          ("density", "bulk density", "плотность", "densidad")),
    "tonnage_t": Field("Tonnage, t", "number", False,
                       ("tonnage", "tonnage, t", "mass", "масса", "масса, т", "количество, т",
                        "ton_actual", "toneladas")),
    "capacity_m3": Field("Design capacity, m³", "number", False,
                         ("capacity, m3", "проектная вместимость", "vol_autorizado")),
    "capacity_t": Field("Design capacity, t", "number", False,
                        ("capacity, t", "ton_autorizado")),
    "opening_tonnage_t": Field("Opening tonnage, t", "number", False, ("opening tonnage",)),
    "opening_date": Field("Opening date", "date", False, ("opening date",)),
    "height_m": Field("Height, m", "number", False, ("height", "height, m", "высота",
                                                     "высота, м", "altura")),
    "construction_method": Field("Construction method", "construction_method", False,
                                 ("construction method", "method", "способ возведения",
                                  "metodo_cons", "metodo constructivo")),
    "consequence_class": Field("Consequence class", "consequence_class", False,
                               ("consequence class", "класс последствий", "класс опасности")),
    "waste_code": Field("List of Waste code", "text", False,
                        ("waste code", "low code", "ewc", "код отхода", "код по классификатору")),
    "hazardous": Field("Hazardous", "bool", False, ("hazardous", "опасный", "опасность",
                                                    "peligroso")),
    "responsible": Field("Responsible person", "text", False,
                         ("responsible", "ответственный", "responsable")),
    "documents": Field("Documents", "text", False, ("documents", "документы", "res_aprueba")),
    "operator": Field("Operator", "text", False, ("operator", "owner", "company", "оператор",
                                                  "владелец", "empresa", "nombre_emp")),
    "locality": Field("Locality", "text", False, ("locality", "location", "местоположение",
                                                  "район", "comuna", "comuna_ins")),
    "note": Field("Note", "text", False, ("note", "notes", "comment", "примечание")),
}

ASSAY_FIELDS: dict[str, Field] = {
    "formation": Field("Formation (name or identifier)", "text", True,
                       ("formation", "object", "объект", "тмо", "deposit")),
    "sample": Field("Sample", "text", True, ("sample", "sample id", "sample no", "проба",
                                             "№ пробы", "номер пробы", "muestra")),
    "block": Field("Block or zone", "text", False, ("block", "zone", "блок", "зона")),
    "block_tonnage_t": Field("Block tonnage, t", "number", False,
                             ("block tonnage", "block tonnage, t", "запасы блока, т")),
    "taken_on": Field("Date taken", "date", False, ("date", "дата", "date taken", "fecha")),
    "depth_m": Field("Depth, m", "number", False, ("depth", "depth, m", "глубина")),
    "component": Field("Component", "text", False, ("component", "element", "компонент",
                                                    "элемент", "elemento")),
    "grade": Field("Grade", "number", False, ("grade", "value", "содержание", "ley")),
    "unit": Field("Unit", "text", False, ("unit", "units", "ед. изм.", "единица", "unidad")),
    "sample_note": Field("Note", "text", False, ("note", "примечание")),
}

READING_FIELDS: dict[str, Field] = {
    "point": Field("Monitoring point", "text", True, ("point", "monitoring point", "точка",
                                                      "пункт", "скважина", "well")),
    "parameter": Field("Parameter", "text", True, ("parameter", "показатель", "параметр",
                                                   "вещество", "ингредиент")),
    "taken_on": Field("Date", "date", True, ("date", "дата", "дата отбора")),
    "value": Field("Value", "number", True, ("value", "result", "значение", "результат",
                                             "концентрация")),
    "note": Field("Note", "text", False, ("note", "примечание")),
}

TARGETS: dict[str, dict[str, Field]] = {
    "formations": FORMATION_FIELDS, "assays": ASSAY_FIELDS, "readings": READING_FIELDS,
}

# Words officers and foreign registers use for the enumerations (case and accents folded).
ENUM_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "kind": {
        "waste_rock_dump": ("waste-rock dump", "waste rock dump", "dump", "overburden dump",
                            "отвал", "отвал вскрышных пород", "породный отвал", "botadero"),
        "tailings": ("tailings", "tailings storage facility", "tsf", "tailings dam",
                     "хвостохранилище", "хвосты", "tranque de relave", "relave", "relaves",
                     "embalse", "filtrado", "espesado", "en pasta", "pretiles de relave",
                     "dreim"),
        "slag_heap": ("slag heap", "slag", "шлакоотвал", "шлак", "escorial"),
        "sludge_pond": ("sludge pond", "sludge", "шламонакопитель", "шламохранилище"),
        "heap_leach_residue": ("heap-leach residue", "heap leach", "ripios",
                               "отвал кучного выщелачивания"),
        "other": ("other", "другое", "прочее", "otro"),
    },
    "status": {
        "operating": ("operating", "active", "in operation", "действующий", "действует",
                      "эксплуатируется", "активный", "activo", "activa", "en operacion"),
        "inactive": ("inactive", "idle", "неактивный", "не эксплуатируется",
                     "законсервирован", "inactivo", "inactiva"),
        "closed": ("closed", "закрыт", "закрытый", "ликвидирован", "cerrado", "cerrada"),
        "reclaimed": ("reclaimed", "rehabilitated", "рекультивирован", "rehabilitado"),
        "abandoned": ("abandoned", "orphan", "заброшен", "брошенный", "бесхозный",
                      "abandonado", "abandonada"),
        "under_construction": ("under construction", "строится", "в строительстве",
                               "en construccion"),
    },
    "construction_method": {
        "upstream": ("upstream", "aguas arriba"),
        "downstream": ("downstream", "aguas abajo"),
        "centreline": ("centreline", "centerline", "centre line", "eje central"),
        "water_retaining": ("water-retaining", "water retaining", "conventional dam",
                            "embalse"),
        "other": ("other", "другое", "otro"),
    },
    "consequence_class": {
        "low": ("low", "низкий"), "significant": ("significant", "значительный"),
        "high": ("high", "высокий"), "very_high": ("very high", "очень высокий"),
        "extreme": ("extreme", "чрезвычайный"),
    },
}


def fold(text: object) -> str:
    """Case, spacing and Spanish accents folded, for comparing headings and words."""
    t = " ".join(str(text).split()).casefold()
    return t.translate(str.maketrans("áéíóúüñ", "aeiouun")).replace("ё", "е")


_WORD_INDEX = {k: {fold(w): value for value, words in table.items() for w in words}
               for k, table in ENUM_WORDS.items()}


def enum_word(kind: str, text: str) -> str | None:
    """The enumeration value a word stands for, by GreenDesk's own tables."""
    key = fold(text)
    cls = ENUMS[kind]
    for member in cls:
        if key in (fold(member.value), fold(member.value.replace("_", " "))):
            return member.value
    return _WORD_INDEX[kind].get(key)


@dataclass(frozen=True)
class FieldSpec:
    """Where one field comes from: a column (or the first of several found), a template over
    columns, or a fixed value; with word-to-value mapping, decimal mark, scale and unit."""
    column: str | None = None
    columns: tuple[str, ...] = ()
    template: str | None = None
    value: object = None
    values: dict[str, str] = field(default_factory=dict)
    decimal: str | None = None
    unknown: tuple[str, ...] = ()
    scale: float | None = None
    unit: str | None = None

    def headings(self) -> list[str]:
        """The file headings this field reads."""
        if self.column:
            return [self.column]
        if self.columns:
            return list(self.columns)
        if self.template:
            return re.findall(r"\{([^{}]+)\}", self.template)
        return []

    def to_json(self) -> str | dict[str, object]:
        """The spec as saved: just the column's name when that is all it says."""
        d: dict[str, object] = {}
        for key in ("column", "template", "value", "decimal", "scale", "unit"):
            v = getattr(self, key)
            if v is not None:
                d[key] = v
        if self.columns:
            d["columns"] = list(self.columns)
        if self.values:
            d["values"] = dict(self.values)
        if self.unknown:
            d["unknown"] = list(self.unknown)
        return self.column if self.column is not None and list(d) == ["column"] else d


@dataclass(frozen=True)
class Mapping:
    """A saved column mapping: which file columns feed which fields of one import target."""
    name: str
    target: str
    fields: dict[str, FieldSpec]
    unknown: tuple[str, ...] = ()
    decimal: str = "auto"
    description: str = ""

    def to_json(self) -> dict[str, object]:
        """The mapping as saved in the mappings folder."""
        return {"name": self.name, "target": self.target, "description": self.description,
                "decimal": self.decimal, "unknown": list(self.unknown),
                "fields": {k: v.to_json() for k, v in self.fields.items()}}


def _spec(target: str, key: str, raw: object) -> FieldSpec:
    where = f"the mapping's field {key!r}"
    if isinstance(raw, str):
        return FieldSpec(column=raw)
    if not isinstance(raw, dict):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "In {where}, write a heading or an object "
                                                       "with a column."),
                          where=where)
    allowed = {"column", "columns", "template", "value", "values", "decimal", "unknown",
               "scale", "unit"}
    extra = set(raw) - allowed
    if extra:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "In {where}, {option!r} is not a mapping "
                                                       "option; the options are {options}."),
                          where=where, option=sorted(extra)[0], options=', '.join(sorted(allowed)))
    sources = [k for k in ("column", "columns", "template", "value") if raw.get(k) is not None]
    if len(sources) != 1:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "In {where}, give exactly one of column, "
                                                       "columns, template or value."),
                          where=where)
    decimal = raw.get("decimal")
    if decimal is not None and decimal not in DECIMALS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", 'In {where}, decimal is "comma", "point" '
                                                       'or "auto".'),
                          where=where)
    scale = raw.get("scale")
    if scale is not None and (isinstance(scale, bool) or not isinstance(scale, int | float)
                              or not scale > 0):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "In {where}, scale must be a positive "
                                                       "number."),
                          where=where)
    values = raw.get("values") or {}
    if not isinstance(values, dict):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "In {where}, values must map file words to "
                                                       "GreenDesk values."),
                          where=where)
    fdef = TARGETS[target].get(key)
    if fdef is not None and fdef.kind in ENUMS:
        allowed_values = {m.value for m in ENUMS[fdef.kind]}
        for word, v in values.items():
            if v not in allowed_values and v not in ("", None):
                raise DomainError(
                    QT_TRANSLATE_NOOP("Refusal", "In {where}, {word!r} maps to {value!r}, which "
                                                 "is not one of {values}."),
                    where=where, word=word, value=v, values=', '.join(sorted(allowed_values)))
    return FieldSpec(column=raw.get("column"), columns=tuple(raw.get("columns") or ()),
                     template=raw.get("template"), value=raw.get("value"),
                     values={str(k): ("" if v is None else str(v)) for k, v in values.items()},
                     decimal=decimal, unknown=tuple(str(u) for u in raw.get("unknown") or ()),
                     scale=float(scale) if scale is not None else None, unit=raw.get("unit"))


def mapping_from_json(data: object, source: str = "the mapping") -> Mapping:
    """A mapping from its JSON form; DomainError says what is wrong with it."""
    if not isinstance(data, dict):
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{source} is not a column mapping: it "
                                                       "should be a JSON object."),
                          source=source)
    target = data.get("target", "formations")
    if target not in TARGETS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{source} is for {target!r}; a mapping is "
                                                       "for formations, assays or readings."),
                          source=source, target=target)
    raw_fields = data.get("fields")
    if not isinstance(raw_fields, dict) or not raw_fields:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{source} maps no fields."), source=source)
    known = TARGETS[target]
    specs = {}
    for key, raw in raw_fields.items():
        if key not in known and not (target == "assays" and key.startswith("grade:")):
            raise DomainError(QT_TRANSLATE_NOOP("Refusal", "{source} maps {key!r}, which is not a "
                                                           "field of {target}; the fields are "
                                                           "{fields}."),
                              source=source, key=key, target=target, fields=', '.join(known))
        specs[key] = _spec(target, key, raw)
    decimal = data.get("decimal", "auto")
    if decimal not in DECIMALS:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", 'In {source}, decimal is "comma", "point" '
                                                       'or "auto".'),
                          source=source)
    return Mapping(str(data.get("name") or "unnamed"), target, specs,
                   tuple(str(u) for u in data.get("unknown") or ()), decimal,
                   str(data.get("description") or ""))


# ---------------------------------------------------------------- saved mappings
def mappings_dir() -> Path:
    """The folder of saved mappings (made on first use)."""
    from greendesk.paths import data_dir

    path = data_dir() / "mappings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def slug(name: str) -> str:
    """A mapping's file name from its name; DomainError for a name with no letters or digits."""
    s = re.sub(r"[^\w]+", "-", name.strip().casefold()).strip("-")
    if not s:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "Give the mapping a name."), field="name")
    return s[:80]


def save_mapping(mapping: Mapping) -> Path:
    """Keep a mapping in the data folder under its name (replacing one of that name)."""
    path = mappings_dir() / f"{slug(mapping.name)}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2),
                   encoding="utf-8")
    tmp.replace(path)
    return path


def load_mapping(name_or_path: str | Path) -> Mapping:
    """A saved mapping by name, a built-in one, or a mapping file (.json)."""
    text = str(name_or_path)
    p = Path(text)
    if p.suffix.lower() == ".json" and (p.is_file() or p.is_absolute() or len(p.parts) > 1):
        if not p.is_file():
            raise DomainError(
                QT_TRANSLATE_NOOP("Refusal", "There is no mapping file {path}."),
                path=p)
        return _read(p)
    saved = mappings_dir() / f"{slug(text)}.json"
    if saved.is_file():
        return _read(saved)
    if slug(text) in BUILTIN:
        return mapping_from_json(BUILTIN[slug(text)], f"the built-in mapping {text!r}")
    names = ", ".join(list_mappings()) or "none yet"
    raise DomainError(QT_TRANSLATE_NOOP("Refusal", "There is no saved mapping named {text!r}; the "
                                                   "mappings are: {names}."),
                      text=text, names=names)


def _read(path: Path) -> Mapping:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The mapping {path} could not be read: "
                                                       "{reason}."),
                          path=path.name, reason=message_of(exc)) from None
    except json.JSONDecodeError as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Refusal", "The mapping {file} is not valid JSON "
                                                       "(line {line}: {reason})."),
                          file=path.name, line=exc.lineno, reason=exc.msg) from None
    return mapping_from_json(data, f"the mapping {path.name}")


def list_mappings(target: str | None = None) -> list[str]:
    """Names of the built-in and saved mappings (for `target`, if given)."""
    names: dict[str, None] = {}
    for key, data in BUILTIN.items():
        if target in (None, data["target"]):
            names[key] = None
    for path in sorted(mappings_dir().glob("*.json")):
        try:
            m = _read(path)
        except DomainError:
            continue
        if target in (None, m.target):
            names[path.stem] = None
    return list(names)


def guess_mapping(header: list[str], target: str, name: str = "") -> Mapping:
    """A first mapping from the headings alone: each field takes the heading that matches
    its name or a usual alias; the officer corrects the rest."""
    fields = TARGETS[target]
    by_heading = {fold(h): h for h in header if h}
    specs: dict[str, FieldSpec] = {}
    used: set[str] = set()
    for key, fdef in fields.items():
        for alias in (key, fdef.label, *fdef.aliases):
            h = by_heading.get(fold(alias))
            if h is not None and h not in used:
                specs[key] = FieldSpec(column=h)
                used.add(h)
                break
    return Mapping(name or "new mapping", target, specs)


# ---------------------------------------------------------------- built-in mappings
_SERNAGEOMIN_STATUS = {"ACTIVO": "operating", "INACTIVO": "inactive",
                       "ABANDONADO": "abandoned", "EN CONSTRUCCION": "under_construction"}
_SERNAGEOMIN_METHOD = {"AGUAS ARRIBA": "upstream", "AGUAS ABAJO": "downstream",
                       "EJE CENTRAL": "centreline", "EMBALSE": "water_retaining"}

BUILTIN: dict[str, dict] = {
    "sernageomin-2018": {
        "name": "sernageomin-2018",
        "target": "formations",
        "description": "Chile's national register of tailings deposits (SERNAGEOMIN, "
                       "Catastro de Depósitos de Relaves 2018): Spanish headings, decimal "
                       "commas in the UTM columns, <Nulo> and S/I for unknown. Current "
                       "volume and tonnage of 0 mean \"not reported\".",
        "decimal": "comma",
        "unknown": ["<Nulo>", "S/I", "N_A", "DESCONOCIDO"],
        "fields": {
            "external_id": "placemark_id",
            "name": {"columns": ["NOMBRE_INS", "NOMBRE_FAE", "placemark_id"]},
            "kind": {"value": "tailings"},
            "status": {"column": "ESTADO_INS", "values": _SERNAGEOMIN_STATUS},
            "construction_method": {"column": "METODO_CONS", "values": _SERNAGEOMIN_METHOD},
            "latitude": {"column": "latitude", "decimal": "point"},
            "longitude": {"column": "longitude", "decimal": "point"},
            "volume_m3": {"column": "VOL_ACTUAL", "unknown": ["0"]},
            "tonnage_t": {"column": "TON_ACTUAL", "unknown": ["0"]},
            "capacity_m3": {"column": "VOL_AUTORIZADO", "unknown": ["0"]},
            "capacity_t": {"column": "TON_AUTORIZADO", "unknown": ["0"]},
            "operator": "NOMBRE_EMP",
            "locality": {"template": "{COMUNA_INS}, {PROVINCIA}, region {REGIÓN_IN}, Chile"},
            "documents": {"template": "Approval {RES_APRUEBA} of {RES_APRUEBA_FECHA}; "
                                      "closure plan {RES_PDC_APRUEBA} of {RES_PDC_FECHA}"},
            "note": {"template": "Plant {NOMBRE_FAE}; {TIPO_INSTA}; recovered {RECOBRERSO}"},
        },
    },
}
