"""Messages made with said() are plain bokmål strings that keep their template."""

import copy
import pickle

import pytest

from navdesk.domain.said import Said, said
from navdesk.domain.units import Unit, ValueRejected, parse_value


def test_a_said_message_is_the_filled_bokmal_string_and_keeps_its_template():
    m = said("Linje {line}: {reason}", line=3, reason="tom")
    assert m == "Linje 3: tom"
    assert isinstance(m, str) and f"{m}!" == "Linje 3: tom!"
    assert (m.template, m.args) == ("Linje {line}: {reason}", {"line": 3, "reason": "tom"})


def test_copies_and_pickles_keep_the_template():
    m = said("«{text}» er ikke et tall", text="x")
    for other in (copy.copy(m), copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert isinstance(other, Said) and other == m and other.template == m.template


def test_a_refused_value_carries_its_reason_as_said():
    with pytest.raises(ValueRejected) as caught:
        parse_value(Unit.PERSONS, "12,5")
    assert isinstance(caught.value.reason, Said)
    assert str(caught.value) == caught.value.reason
