"""The withholding table's nouns: the cue nouns WordNet derives from a withholding verb, or that share a sense
with such a derivation, when those senses are a real share of the noun's uses."""
from training.count_withholding import derived_nouns, sense_shares, withholding_nouns

# offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (ptr offset pos src/tgt)… | gloss
_VERBS = "\n".join([
    "00000001 40 v 02 refuse 0 reject 0 001 + 00000011 n 0101 | refuse to accept",
    "00000002 40 v 01 hesitate 0 001 + 00000012 n 0102 | pause or hold back",
    "00000003 40 v 01 criticize 0 001 + 00000013 n 0101 | find fault with",
    "00000004 40 v 01 reject 0 001 + 00000014 n 0101 | refuse entrance",
])
_NOUNS = "\n".join([
    "00000011 04 n 01 refusal 0 000 | the act of refusing",
    "00000012 07 n 02 reluctance 0 hesitation 0 000 | a certain degree of unwillingness",
    "00000013 10 n 01 criticism 0 000 | disapproval expressed",
    "00000014 04 n 01 rejection 0 000 | the act of rejecting",
    "00000015 19 n 01 reluctance 0 000 | (physics) opposition to magnetic flux",
])


def test_a_cue_noun_derived_from_a_withholding_verb_or_sharing_its_sense_withholds():
    derived = derived_nouns(_VERBS, _NOUNS, {"refuse", "hesitate"})
    assert derived == {"refusal": ("refuse", {"00000011"}), "reluctance": ("hesitate", {"00000012"}),
                       "hesitation": ("hesitate", {"00000012"})}
    index = "\n".join([
        "  1 this line is the licence header",
        "refusal n 1 0 1 1 00000011",
        "reluctance n 2 0 2 0 00000015 00000012",  # never tagged: half its senses
        "hesitation n 1 0 1 0 00000012",
    ])
    shares = sense_shares(index, "refusal%1:04:00:: 1 4\n", "1:")
    kept = withholding_nouns(derived, ["refusal", "reluctance", "criticism", "rejection"], shares)
    assert kept == {"refusal": {"verb": "refuse", "share": 1.0}, "reluctance": {"verb": "hesitate", "share": 0.5}}
