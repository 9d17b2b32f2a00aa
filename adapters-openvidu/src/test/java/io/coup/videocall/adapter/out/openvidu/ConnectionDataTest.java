package io.coup.videocall.adapter.out.openvidu;

import io.coup.videocall.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionDataTest {

    @Test
    void the_data_is_the_users_json_and_reads_back() {
        ConnectionData data = new ConnectionData(UserId.of("u-1"), "Min \"Jun\" 민준", "https://cdn.example/u.png");

        String json = data.toJson();

        assertThat(json).isEqualTo("{\"userId\":\"u-1\",\"name\":\"Min \\\"Jun\\\" 민준\",\"avatar\":\"https://cdn.example/u.png\"}");
        assertThat(ConnectionData.parse(json)).contains(data);
    }

    @Test
    void a_missing_name_and_avatar_are_json_nulls() {
        assertThat(new ConnectionData(UserId.of("u-1"), null, null).toJson())
                .isEqualTo("{\"userId\":\"u-1\",\"name\":null,\"avatar\":null}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"recorder bot", "[1,2]", "{\"name\":\"no id\"}", "{\"userId\":\"\"}", "{\"userId\":{}}", "{broken"})
    void data_that_is_not_ours_is_ignored(String serverData) {
        assertThat(ConnectionData.parse(serverData)).isEmpty();
    }
}
