package org.custodia.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.custodia.platform.Form;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller take the posted fields as a {@link Form}, as it could take them as a map. */
class FormArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Form.class;
    }

    @Override
    public Form resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
        request.getNativeRequest(HttpServletRequest.class)
                .getParameterMap()
                .forEach((name, values) -> posted.put(name, List.of(values)));
        return new Form(posted);
    }
}
