/**
 * The OpenVidu media provider (openvidu-java-client), its webhook receiver and health indicator. Empty until
 * the media work lands; the module exists so that the build, ArchUnit rules and wiring already know its place.
 */
package io.coup.videocall.adapter.out.openvidu;
