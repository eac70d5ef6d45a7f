package vn.cchc.editorial.publication;

/** What the managing unit of a provincial channel decided (process variable provincialDecision). */
public enum ProvincialDecision {
    APPROVED,
    REFUSED
}
