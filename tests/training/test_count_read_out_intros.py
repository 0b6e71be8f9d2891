"""The read-out intros' count: lines ending in a colon, by shape (a word of saying, a short line naming a document)."""
from training.count_read_out_intros import intros


def test_intros_are_read_by_shape():
    text = ("The chief said in a statement:\nWe will find him.\nINITIAL REPORT:\nTwo men were shot.\n"
            "Harbor Police Press Release:\nOfficers responded.\nThe scene on Sunday:\nA photo.")
    assert intros(text) == [("with a word of saying", "The chief said in a statement:"),
                            ("short, naming a document", "INITIAL REPORT:"),
                            ("short, naming a document", "Harbor Police Press Release:")]
