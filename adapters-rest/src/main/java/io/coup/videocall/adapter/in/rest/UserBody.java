package io.coup.videocall.adapter.in.rest;

/** A person as every response shows them: {@code {id, name, avatar}}. */
public record UserBody(String id, String name, String avatar) {
}
