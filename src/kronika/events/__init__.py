"""Events: typed occurrences (meet, agree, transfer…) with their trigger, arguments as entity ids,
time, modality and source — found per sentence (triggers, arguments, modality) and merged across
articles into the chronicle (:mod:`kronika.chronicle`)."""
