"""Who said what, according to whom (issue #4).

``view``  a light read-only view of an analysed spaCy ``Doc`` (tokens, sentences, mentions);
``cues``  the editable lists of speech words (``data/speech_cues.toml``);
``direct`` quotations marked by dashes or quote marks; ``indirect`` reported speech and opinion;
``speakers`` who said it; ``sources`` which outlet reported a fact; ``disagree`` who contradicts whom;
``component`` the spaCy component ``kronika_quotes`` that runs them in that order.
"""
