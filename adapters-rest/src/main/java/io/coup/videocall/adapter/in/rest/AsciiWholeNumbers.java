package io.coup.videocall.adapter.in.rest;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.util.regex.Pattern;

/**
 * Whole numbers in query parameters and path variables are ASCII digits with an optional sign. Spring's default
 * parsing also reads the digits of other scripts ({@code limit=໘} is 8) and hexadecimal ({@code 0x10}), which no
 * client means to send; those are refused like any other text that is not a number. Registered as editors, which
 * binding consults before the conversion service and does not fall back from.
 */
@ControllerAdvice
class AsciiWholeNumbers {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    @InitBinder
    void wholeNumbersInAsciiDigits(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new AsciiNumberEditor(Integer.class, false));
        binder.registerCustomEditor(Integer.class, new AsciiNumberEditor(Integer.class, true));
        binder.registerCustomEditor(long.class, new AsciiNumberEditor(Long.class, false));
        binder.registerCustomEditor(Long.class, new AsciiNumberEditor(Long.class, true));
    }

    private static final class AsciiNumberEditor extends CustomNumberEditor {

        AsciiNumberEditor(Class<? extends Number> type, boolean allowEmpty) {
            super(type, allowEmpty);
        }

        @Override
        public void setAsText(String text) {
            String number = text == null ? null : text.strip();
            if (number != null && !number.isEmpty() && !WHOLE_NUMBER.matcher(number).matches()) {
                throw new IllegalArgumentException("not a whole number in ASCII digits: " + text);
            }
            super.setAsText(number);
        }
    }
}
