"""The blind event splits: labelled corpus splits that a lead measures the classifier on, but nobody studies.

Training (train_event_model.py) never reads them, and eval_events.py prints only their scores, never their misses,
unless asked with --show-blind. When a blind split has been scored and is then studied, take it out of BLIND.
"""

from __future__ import annotations

import re

# holdout10 and holdout11 were measured blind once (session 4), holdout12-14 once (session 6), holdout15 and
# holdout16 once (with 9ded604), holdout17-19 once (with 2c20ed62), holdout20-22 once (with 032542bc) and
# holdout23-26 (session 7, with dff70132 and again with c4712e1a), holdout27-30 once (with cfb85872) and holdout31-34
# (session 8, with 162aba37 and again with b29acf12), holdout35-38 (session 9, with fc9a7bfd and again with 9004c068),
# and are studied since; holdout43-47 (session 10, with e5fdf602 and 55e8af68) and holdout48-52 (session 11, with
# a776aa0e) too, and holdout53-57 (session 11, with a776aa0e and 11a96a58) and holdout58-62 (session 12, with
# 4aaa8760 and 942de5fa), both studied in session 12, and holdout63-67 (session 12, with 4aaa8760 and 09b88ad1, then
# studied), and holdout68-71 (session 13, with 08baf19e, then studied), and holdout72-75 (session 13, with 08baf19e and
# 5ed0936b, studied in session 14), and holdout76-79 (session 14, with 33dc53f3 and 1fa4b352, then studied),
# and holdout80-83 (session 14, with 33dc53f3 and b19694c6, studied in session 15), and holdout84-91 (session 15, with
# b19694c6 and 199ccfbf, then studied), and holdout92-95 (session 15, with b19694c6, 199ccfbf and c8790604, then
# studied), and holdout96-99 (session 15, with b19694c6 and c8790604, studied in session 16) and holdout100-103
# (session 16, with 25eca62d, then studied) and holdout104-107 (session 16, with 25eca62d and e4b84105, studied in
# session 17), and holdout108-111 (session 17, with 9d6583eb and b65d4f66, then studied), and holdout112-115
# (session 17, with 9d6583eb and 7798c39d, studied in session 18), and holdout116-119 (session 18, with 7798c39d and
# 92377956, then studied), and holdout120-123 (session 18, with 7798c39d and 21575628, studied in session 19),
# and holdout124-127 (session 19, with 413913f3 and e7527d2c, then studied), and holdout128-131 (session 19, with
# 413913f3, e7527d2c and bea50200, then studied), and holdout132-135 (session 19, with e3854eb9 and 5f7c1330, then
# studied), and holdout148-155 (session 21, with 0f273e34 and 8989f12f, then studied), and holdout156-171 (session 21,
# with 0f273e34 and f5122c5a, studied in session 22), and holdout172-179 (session 22, with f5122c5a and 617607cd,
# studied in session 23), and holdout180-187 (session 23, with 617607cd twice, studied in session 24), and
# holdout188-195 (session 24, with 8c6da3d7 and acc404f1, studied in session 25), and holdout196-211 (session 25,
# with acc404f1 and 039e2bc3, studied in session 26), and holdout212-219 (session 26, with 039e2bc3 and 17c09b0a,
# studied in session 27), and holdout220-227 (session 27, with 17c09b0a and c340798d, studied in session 28), and
# holdout228-235 (session 28, with c340798d and 78fc104c, studied in session 29), and holdout236-243 (session 29,
# with 78fc104c and 998ec254, studied in session 30), and holdout244-251 (session 30, with 998ec254 and 097d500b,
# studied in session 31), and holdout252-259 (session 31, with ee7413e1 and a5f2c83e, then studied), and
# holdout260-267 (session 31, with 097d500b, a5f2c83e and ccb3efec, studied in session 32), and holdout268-275
# (session 32, with 4e4ba5cc, 8d6b0ee5 and 7af897a6, then studied).
# holdout39-42, holdout136-147 and holdout276 on are not.
BLIND = re.compile(r"holdout(?:39|4[0-2]|13[6-9]|14[0-7]|27[6-9]|2[89]\d|[3-9]\d\d|\d{4,})")


def is_blind(split: str) -> bool:
    """Given a split name, returns whether it is a blind split that no training, table or miss listing may read."""
    return BLIND.fullmatch(split) is not None
