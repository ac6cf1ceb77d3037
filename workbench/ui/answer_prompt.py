"""Ctrl+N on a passage that answers an existing claim: a denial or a refusal to comment belongs to
the claim it answers, as the denier's mention of it, not to a new claim of its own. The window asks
once, with attaching as the default; either way the edit is one undoable command.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.assist.answers import Answer, answered_claim
from workbench.core.records import ArticleRecord, CaseDossier, ClaimRecord
from workbench.core.vocabulary import Stance
from workbench.services.claims import MentionSpec
from workbench.ui.i18n import isolate, translate

CONTEXT_CHARS = 1500


class Choice(Enum):
    ATTACH = "attach"
    NEW_CLAIM = "new claim"
    CANCEL = "cancel"


def find_answer(
    dossier: CaseDossier, article: ArticleRecord, span: tuple[int, int]
) -> tuple[Answer, ClaimRecord] | None:
    """The existing claim the passage at `span` denies or declines to comment on, if any."""
    if not dossier.claims:
        return None
    # The passage is read with the paragraphs just before it (who "she" or "the embassy" is),
    # not the whole article: the check runs on the GUI thread and must stay quick on long texts.
    begin = article.text.rfind("\n", 0, max(0, span[0] - CONTEXT_CHARS)) + 1
    passage = article.text[span[0] : span[1]]
    answer = answered_claim(
        passage,
        article.text[begin : span[1]],
        span[0] - begin,
        dossier.claims,
        dossier.mentions,
        article.language,
    )
    if answer is None:
        return None
    claim = next((c for c in dossier.claims if c.id == answer.claim_id), None)
    return (answer, claim) if claim is not None else None


def answer_spec(answer: Answer, article_id: int, span: tuple[int, int]) -> MentionSpec:
    """The passage as the answer's mention: its stance, and the denier as its source."""
    return MentionSpec(
        article_id=article_id,
        start=span[0],
        end=span[1],
        stance=answer.stance,
        source_name=answer.source,
        source_kind=answer.source_kind if answer.source else None,
    )


def ask(parent: QWidget, answer: Answer, claim: ClaimRecord) -> Choice:
    """Attach as a denial (the default, Enter), make a new claim, or cancel (Esc)."""
    denial = answer.stance is Stance.DENIES
    source = isolate(answer.source)
    if denial and answer.source:
        what = translate("AnswerPrompt", "a denial by {source}").format(source=source)
    elif denial:
        what = translate("AnswerPrompt", "a denial")
    elif answer.source:
        what = translate("AnswerPrompt", "a refusal to comment by {source}").format(source=source)
    else:
        what = translate("AnswerPrompt", "a refusal to comment")
    box = QMessageBox(parent)
    box.setObjectName("answerPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("AnswerPrompt", "This passage answers a claim"))
    box.setText(
        translate(
            "AnswerPrompt", "This passage reads as {what} of claim {claim}:\n“{text}”"
        ).format(what=what, claim=claim.id, text=isolate(claim.text))
    )
    box.setInformativeText(
        translate(
            "AnswerPrompt",
            "{reason}.\n\nAttach it to that claim as {what}, or make it a new claim?",
        ).format(reason=isolate(answer.reason), what=what)
    )
    label = (
        translate("AnswerPrompt", "Attach as denial")
        if denial
        else translate("AnswerPrompt", "Attach as no comment")
    )
    attach = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("AnswerPrompt", "New claim"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(attach)
    box.exec()
    clicked = box.clickedButton()
    if clicked is attach:
        return Choice.ATTACH
    if clicked is new:
        return Choice.NEW_CLAIM
    return Choice.CANCEL
