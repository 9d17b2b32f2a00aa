package io.coup.videocall.domain.study;

import io.coup.videocall.domain.shared.Ids;

/** A study's id: appears in URLs and room names, so letters, digits, '_' and '-' only, at most 64 chars. */
public record StudyId(String value) {

    public StudyId {
        Ids.slug("studyId", value);
    }

    public static StudyId of(String value) {
        return new StudyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
