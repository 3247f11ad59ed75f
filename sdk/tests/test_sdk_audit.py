from __future__ import annotations

import copy
import hashlib
import json
import threading

import pytest
from aegis_v import APIConnectionError, APIError, AuditVerification, AuthenticationError
from aegis_v.audit import GENESIS_HASH, canonical_json, chain_hash, verify_chain

# Fixed vectors. The canonical bytes are written out by hand, and the hashes were computed
# outside Python with `printf '%s\n%s' "$PREV" "$CANONICAL" | sha256sum`, so a bug shared by
# json.dumps settings on both sides of the SDK cannot make these pass.
BODY_1 = {
    "v": 1,
    "tenant": "acme",
    "seq": 1,
    "ts": "2026-11-25T14:45:02.123456Z",
    "event": "protect",
    "data": {
        "prompt_sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        "allowed": False,
    },
}
CANONICAL_1 = (
    b'{"data":{"allowed":false,"prompt_sha256":'
    b'"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"},'
    b'"event":"protect","seq":1,"tenant":"acme","ts":"2026-11-25T14:45:02.123456Z","v":1}'
)
HASH_1 = "370e7bc7e3c96950b58999c3046d6ae127a39afe553e20ed77a0ba999d7cdb2a"

BODY_2 = {
    "v": 1,
    "tenant": "acme",
    "seq": 2,
    "ts": "2026-11-25T14:46:10.000001Z",
    "event": "feedback",
    "data": {"note": "café ☕", "label": "attack"},
}
CANONICAL_2 = (
    '{"data":{"label":"attack","note":"café ☕"},"event":"feedback","seq":2,'
    '"tenant":"acme","ts":"2026-11-25T14:46:10.000001Z","v":1}'
).encode()
HASH_2 = "a56a1d458fb1d7e2c66360bb11442a100e49c69ddf4325ee233f822fe0c32d05"


def build_chain(length: int, tenant: str = "acme") -> list[dict]:
    """An honest export, hashed here with hashlib rather than the SDK's chain_hash."""
    rows, prev = [], "0" * 64
    for seq in range(1, length + 1):
        body = {
            "v": 1,
            "tenant": tenant,
            "seq": seq,
            "ts": f"2026-11-25T14:45:{seq:02d}.000000Z",
            "event": "protect",
            "data": {"allowed": seq % 2 == 0, "risk_score": seq / 10},
        }
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256(prev.encode("ascii") + b"\n" + canonical.encode()).hexdigest()
        rows.append({"body": body, "prev_hash": prev, "hash": digest})
        prev = digest
    return rows


def test_canonical_json_matches_the_hand_written_bytes():
    assert canonical_json(BODY_1) == CANONICAL_1
    assert canonical_json(BODY_2) == CANONICAL_2


def test_canonical_json_keeps_non_ascii_as_utf8_rather_than_escapes():
    assert "café ☕".encode() in canonical_json(BODY_2)
    assert b"\\u" not in canonical_json(BODY_2)


def test_chain_hash_matches_the_fixed_vectors():
    assert GENESIS_HASH == "0" * 64
    assert chain_hash(GENESIS_HASH, BODY_1) == HASH_1
    assert chain_hash(HASH_1, BODY_2) == HASH_2


def test_the_fixed_vector_chain_verifies():
    rows = [
        {"body": BODY_1, "prev_hash": "0" * 64, "hash": HASH_1},
        {"body": BODY_2, "prev_hash": HASH_1, "hash": HASH_2},
    ]

    assert verify_chain(rows) == AuditVerification(valid=True, length=2, head=HASH_2)


def test_an_empty_chain_is_valid_with_the_genesis_head():
    assert verify_chain([]) == AuditVerification(valid=True, length=0, head=GENESIS_HASH)


def test_an_honest_chain_verifies_from_a_one_shot_iterator():
    rows = build_chain(5)

    result = verify_chain(iter(rows))

    assert (result.valid, result.length, result.head, result.first_broken_seq) == (
        True,
        5,
        rows[-1]["hash"],
        None,
    )


def test_an_edited_body_is_reported_at_its_seq():
    rows = build_chain(5)
    rows[2]["body"]["data"]["allowed"] = not rows[2]["body"]["data"]["allowed"]

    result = verify_chain(rows)

    assert (result.valid, result.first_broken_seq, result.length) == (False, 3, 5)
    assert result.reason == "hash does not match the row's contents"
    assert result.actual_hash == rows[2]["hash"]
    assert result.expected_hash == chain_hash(rows[1]["hash"], rows[2]["body"])
    assert result.head == rows[1]["hash"]


def test_an_edited_hash_is_reported_at_its_seq():
    rows = build_chain(4)
    rows[0]["hash"] = "f" * 64

    assert verify_chain(rows).first_broken_seq == 1


def test_a_deleted_row_is_reported_at_the_missing_seq():
    rows = build_chain(5)
    del rows[1]

    result = verify_chain(rows)

    assert (result.valid, result.first_broken_seq, result.length) == (False, 2, 4)
    assert "expected seq 2, found 3" in result.reason


def test_a_deleted_row_with_renumbered_successors_is_still_caught():
    rows = build_chain(4)
    del rows[1]
    for seq, row in enumerate(rows, start=1):
        row["body"]["seq"] = seq

    result = verify_chain(rows)

    assert (result.valid, result.first_broken_seq) == (False, 2)


def test_reordered_rows_are_reported_at_the_first_out_of_place_seq():
    rows = build_chain(5)
    rows[1], rows[3] = rows[3], rows[1]

    assert verify_chain(rows).first_broken_seq == 2


def test_a_broken_link_is_reported_even_when_the_rows_own_hash_is_consistent():
    rows = build_chain(3)
    forged_prev = "e" * 64
    rows[1]["prev_hash"] = forged_prev
    rows[1]["hash"] = chain_hash(forged_prev, rows[1]["body"])

    result = verify_chain(rows)

    assert (result.first_broken_seq, result.reason) == (
        2,
        "prev_hash does not link to the previous row",
    )


def test_a_rewritten_row_with_a_recomputed_hash_breaks_the_next_link():
    rows = build_chain(4)
    rows[1]["body"]["data"]["allowed"] = not rows[1]["body"]["data"]["allowed"]
    rows[1]["hash"] = chain_hash(rows[1]["prev_hash"], rows[1]["body"])

    assert verify_chain(rows).first_broken_seq == 3


def test_a_row_from_another_tenant_is_rejected():
    rows = build_chain(3)
    intruder = build_chain(3, tenant="globex")
    rows[2] = copy.deepcopy(intruder[2])
    rows[2]["prev_hash"] = rows[1]["hash"]
    rows[2]["hash"] = chain_hash(rows[1]["hash"], rows[2]["body"])

    result = verify_chain(rows)

    assert (result.first_broken_seq, result.valid) == (3, False)
    assert "globex" in result.reason


def test_an_unknown_format_version_is_not_silently_accepted():
    rows = build_chain(2)
    rows[0]["body"]["v"] = 2

    result = verify_chain(rows)

    assert (result.first_broken_seq, result.reason) == (1, "unsupported format version 2")


@pytest.mark.parametrize("junk", [None, "row", {"hash": "x"}, {"body": "not an object"}])
def test_a_malformed_row_is_reported_not_raised(junk):
    rows = build_chain(3)
    rows[1] = junk

    assert verify_chain(rows).first_broken_seq == 2


def test_a_truncated_export_is_caught_when_anchored_to_the_servers_head():
    rows = build_chain(5)
    head = rows[-1]["hash"]

    assert verify_chain(rows[:5], expected_head=head).valid is True
    result = verify_chain(rows[:3], expected_head=head)

    assert (result.valid, result.first_broken_seq) == (False, 4)
    assert "incomplete" in result.reason


def test_rows_appended_after_the_head_was_fetched_do_not_fail_the_anchor():
    rows = build_chain(5)

    assert verify_chain(rows, expected_head=rows[2]["hash"]).valid is True


def jsonl(rows: list[dict]) -> list[bytes]:
    return [json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows]


def test_export_streams_rows_that_verify_offline(client, server):
    rows = build_chain(4)
    first_row_read = threading.Event()
    held_back = []

    def stream():
        lines = jsonl(rows)
        yield lines[0]
        # Hold the rest back until the client has the first row: proof it is not buffered.
        held_back.append(first_row_read.wait(timeout=5))
        yield from lines[1:]

    server.reply(200, headers={"Content-Type": "application/x-ndjson"}, chunks=stream())

    exported = client.export_audit()
    first = next(exported)
    first_row_read.set()
    rest = list(exported)

    assert held_back == [True]
    assert first == rows[0]
    result = verify_chain([first, *rest])
    assert (result.valid, result.length, result.head) == (True, 4, rows[-1]["hash"])
    assert (server.requests[0].method, server.requests[0].path) == ("GET", "/v1/audit/export")


def test_export_reads_a_plain_body_and_skips_blank_lines_and_crlf(client, server):
    rows = build_chain(3)
    body = b"\r\n".join(line.rstrip(b"\n") for line in jsonl(rows)) + b"\r\n\r\n"
    server.reply(200, body=body, headers={"Content-Type": "application/x-ndjson"})

    assert verify_chain(client.export_audit()).length == 3


def test_an_export_stream_that_breaks_off_is_a_connection_error(client, server):
    rows = build_chain(2)
    server.reply(200, chunks=jsonl(rows), cut_stream=True)

    exported = client.export_audit()
    with pytest.raises(APIConnectionError, match="broke off"):
        list(exported)


def test_export_raises_http_errors_when_called_not_when_iterated(client, server):
    server.error(401, "invalid_key", "Unknown API key")

    with pytest.raises(AuthenticationError):
        client.export_audit()


def test_export_reports_a_line_that_is_not_json(client, server):
    rows = build_chain(1)
    server.reply(200, chunks=[*jsonl(rows), b"<html>oops</html>\n"])

    exported = client.export_audit()
    assert next(exported) == rows[0]
    with pytest.raises(APIError, match="line 2"):
        next(exported)
