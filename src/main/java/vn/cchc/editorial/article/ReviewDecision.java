package vn.cchc.editorial.article;

/** The Editorial Board's decision on Task_ReviewArticle (process variable reviewDecision). */
public enum ReviewDecision {
    APPROVE,
    REVISE,
    REJECT
}
