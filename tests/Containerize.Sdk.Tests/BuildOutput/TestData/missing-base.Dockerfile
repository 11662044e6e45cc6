FROM ctz.invalid/nothing/here:1.0
RUN echo hi
