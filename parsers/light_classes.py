"""GENERATED from parsers/model.py by tools/gen_light.py: do not edit.

The light (pydantic-free) class of every model class; see parsers/light.py.
After changing the model, run: .venv/bin/python tools/gen_light.py  (or: make light)
"""

from __future__ import annotations

from .lookups import QuestionLookups
from .light_base import (  # noqa: F401  (not every converter is in use)
    LightBase, LightRoot, date_value, decimal_or_date, decimal_value, list_of, optional,
)


class LightLocation(LightBase):
    """:class:`parsers.model.Location` without pydantic."""

    FIELDS = ('line', 'page')


class LightPart(LightBase):
    """:class:`parsers.model.Part` without pydantic."""

    FIELDS = ('label', 'text', 'start', 'end')


class LightAnswer(LightBase):
    """:class:`parsers.model.Answer` without pydantic."""

    FIELDS = ('text', 'parts', 'status', 'joint', 'label', 'location', 'shared_with')
    CONVERT = {'parts': list_of(LightPart), 'location': LightLocation}


class LightPartAudit(LightBase):
    """:class:`parsers.model.PartAudit` without pydantic."""

    FIELDS = ('index', 'label', 'text', 'start', 'end', 'asks', 'result', 'reason', 'certain')


class LightAudit(LightBase):
    """:class:`parsers.model.Audit` without pydantic."""

    FIELDS = ('result', 'reason', 'certain', 'parts')
    CONVERT = {'parts': list_of(LightPartAudit)}


class LightQuestion(LightBase):
    """:class:`parsers.model.Question` without pydantic."""

    FIELDS = ('id', 'number', 'text', 'parts', 'answer', 'label', 'section', 'location',
              'audit')
    CONVERT = {'parts': list_of(LightPart), 'answer': optional(LightAnswer),
               'location': LightLocation, 'audit': optional(LightAudit)}


class LightFaction(LightBase):
    """:class:`parsers.model.Faction` without pydantic."""

    FIELDS = ('name', 'heading', 'members', 'joins', 'questions', 'location')
    CONVERT = {'questions': list_of(LightQuestion), 'location': LightLocation}


class LightAsker(LightBase):
    """:class:`parsers.model.Asker` without pydantic."""

    FIELDS = ('name', 'party')


class LightMeta(LightBase):
    """:class:`parsers.model.Meta` without pydantic."""

    FIELDS = ('kind', 'document_type', 'house', 'dossier', 'document_letter',
              'document_number', 'publication_id', 'session_year', 'date', 'date_submitted',
              'title', 'signatories', 'askers', 'addressees', 'answerer', 'zaak', 'reference',
              'source_format', 'source_name')
    CONVERT = {'date': optional(date_value), 'date_submitted': optional(date_value),
               'askers': list_of(LightAsker)}


class LightFigure(LightBase):
    """:class:`parsers.model.Figure` without pydantic."""

    FIELDS = ('kind', 'text', 'value', 'unit', 'question', 'field', 'start', 'end')
    CONVERT = {'value': decimal_or_date}


class LightCitation(LightBase):
    """:class:`parsers.model.Citation` without pydantic."""

    FIELDS = ('kind', 'text', 'id', 'url', 'kamerstuk', 'question', 'field', 'start', 'end')


class LightXRef(LightBase):
    """:class:`parsers.model.XRef` without pydantic."""

    FIELDS = ('from', 'to', 'text', 'field', 'start', 'end')
    RENAME = {'from': 'from_'}


class LightNotice(LightBase):
    """:class:`parsers.model.Notice` without pydantic."""

    FIELDS = ('kind', 'label', 'text', 'questions', 'location')
    CONVERT = {'location': LightLocation}


class LightDeadline(LightBase):
    """:class:`parsers.model.Deadline` without pydantic."""

    FIELDS = ('text', 'start', 'end', 'due', 'kind')
    CONVERT = {'due': optional(date_value)}


class LightCommitment(LightBase):
    """:class:`parsers.model.Commitment` without pydantic."""

    FIELDS = ('question', 'field', 'start', 'end', 'text', 'trigger', 'action', 'who',
              'deadline')
    CONVERT = {'deadline': optional(LightDeadline)}


class LightHeading(LightBase):
    """:class:`parsers.model.Heading` without pydantic."""

    FIELDS = ('text', 'question', 'start', 'location')
    CONVERT = {'location': LightLocation}


class LightFootnoteRef(LightBase):
    """:class:`parsers.model.FootnoteRef` without pydantic."""

    FIELDS = ('key', 'question', 'field', 'start')


class LightCheck(LightBase):
    """:class:`parsers.model.Check` without pydantic."""

    FIELDS = ('code', 'message', 'severity', 'question', 'line', 'page', 'params')


class LightAccounting(LightBase):
    """:class:`parsers.model.Accounting` without pydantic."""

    FIELDS = ('words_in', 'words_placed', 'words_set_aside', 'words_lost')


class LightUnplaced(LightBase):
    """:class:`parsers.model.Unplaced` without pydantic."""

    FIELDS = ('text', 'line', 'page', 'reason')


class LightReport(LightBase):
    """:class:`parsers.model.Report` without pydantic."""

    FIELDS = ('unplaced', 'warnings', 'questions_without_answer', 'answers_without_question',
              'confidence', 'grammar', 'checks', 'accounting')
    CONVERT = {'unplaced': list_of(LightUnplaced), 'checks': list_of(LightCheck),
               'accounting': LightAccounting}


class LightDocument(QuestionLookups, LightRoot):
    """:class:`parsers.model.Document` without pydantic."""

    FIELDS = ('schema_version', 'meta', 'intro', 'factions', 'closing', 'footnotes',
              'footnote_refs', 'notices', 'headings', 'figures', 'citations', 'xrefs',
              'commitments', 'report')
    CONVERT = {'meta': LightMeta, 'factions': list_of(LightFaction),
               'footnote_refs': list_of(LightFootnoteRef), 'notices': list_of(LightNotice),
               'headings': list_of(LightHeading), 'figures': list_of(LightFigure),
               'citations': list_of(LightCitation), 'xrefs': list_of(LightXRef),
               'commitments': list_of(LightCommitment), 'report': LightReport}


#: Every light class by the name of the model class it stands for.
LIGHT_CLASSES: dict[str, type[LightBase]] = {
    'Location': LightLocation,
    'Part': LightPart,
    'Answer': LightAnswer,
    'PartAudit': LightPartAudit,
    'Audit': LightAudit,
    'Question': LightQuestion,
    'Faction': LightFaction,
    'Asker': LightAsker,
    'Meta': LightMeta,
    'Figure': LightFigure,
    'Citation': LightCitation,
    'XRef': LightXRef,
    'Notice': LightNotice,
    'Deadline': LightDeadline,
    'Commitment': LightCommitment,
    'Heading': LightHeading,
    'FootnoteRef': LightFootnoteRef,
    'Check': LightCheck,
    'Accounting': LightAccounting,
    'Unplaced': LightUnplaced,
    'Report': LightReport,
    'Document': LightDocument,
}

#: Every class's fields and types: part of the cache key (parsers/cache.py).
SHAPE = (
    'Location:line=int|None,page=int|None;'
    'Part:label=str,text=str,start=int,end=int;'
    "Answer:text=str,parts=list[Part],status=Literal['answered','by-reference','deferred','missing'],joint=list[int]|None,label=str|None,location=Location,shared_with=str|None;"
    "PartAudit:index=int,label=str|None,text=str,start=int,end=int,asks=Literal['amount','list','date','position','explanation'],result=Literal['answered','partly','deferred','by_reference','unanswered'],reason=str,certain=bool;"
    "Audit:result=Literal['answered','partly','deferred','by_reference','unanswered'],reason=str,certain=bool,parts=list[PartAudit];"
    'Question:id=str,number=int,text=str,parts=list[Part],answer=Answer|None,label=str|None,section=str|None,location=Location,audit=Audit|None;'
    'Faction:name=str|None,heading=str|None,members=list[str],joins=list[str],questions=list[Question],location=Location;'
    'Asker:name=str,party=str|None;'
    "Meta:kind=Literal['nota-naar-aanleiding-van-verslag','memorie-van-antwoord','voorlopig-verslag','verslag-schriftelijk-overleg','lijst-van-vragen-en-antwoorden','kamervragen','mededeling','unknown'],document_type=str|None,house=str|None,dossier=str|None,document_letter=str|None,document_number=str|None,publication_id=str|None,session_year=str|None,date=date|None,date_submitted=date|None,title=str|None,signatories=list[str],askers=list[Asker],addressees=list[str],answerer=str|None,zaak=str|None,reference=str|None,source_format=str|None,source_name=str|None;"
    "Figure:kind=Literal['money','percent','date','quantity'],text=str,value=Decimal|date,unit=str,question=str|None,field=Literal['question','answer','intro','closing','title'],start=int,end=int;"
    "Citation:kind=Literal['kamerstuk','aanhangsel','kenmerk','zaak','document','motie','brief','dossier','publicatie'],text=str,id=str,url=str|None,kamerstuk=str|None,question=str|None,field=Literal['question','answer','intro','closing','title'],start=int,end=int;"
    "XRef:from=str,to=str,text=str,field=Literal['question','answer','intro','closing','title'],start=int,end=int;"
    "Notice:kind=Literal['mededeling','notice'],label=str|None,text=str,questions=list[str],location=Location;"
    "Deadline:text=str,start=int,end=int,due=date|None,kind=Literal['date','period','event','relative','vague'];"
    "Commitment:question=str|None,field=Literal['question','answer','intro','closing','title'],start=int,end=int,text=str,trigger=str,action=Literal['inform','return','investigate','act'],who=str|None,deadline=Deadline|None;"
    'Heading:text=str,question=str|None,start=int|None,location=Location;'
    "FootnoteRef:key=str,question=str|None,field=Literal['question','answer','intro','closing','title'],start=int;"
    "Check:code=str,message=str,severity=Literal['error','warning','info'],question=str|None,line=int|None,page=int|None,params=dict[str,str];"
    'Accounting:words_in=int,words_placed=int,words_set_aside=int,words_lost=int;'
    'Unplaced:text=str,line=int|None,page=int|None,reason=str;'
    'Report:unplaced=list[Unplaced],warnings=list[str],questions_without_answer=list[str],answers_without_question=list[str],confidence=float,grammar=str,checks=list[Check],accounting=Accounting;'
    'Document:schema_version=int,meta=Meta,intro=str,factions=list[Faction],closing=str,footnotes=dict[str,str],footnote_refs=list[FootnoteRef],notices=list[Notice],headings=list[Heading],figures=list[Figure],citations=list[Citation],xrefs=list[XRef],commitments=list[Commitment],report=Report'
)
