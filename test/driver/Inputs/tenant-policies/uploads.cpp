// A C++ source analysed in the same run as the policy files.
const char *const kUploads =
    R"({"Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::uploads/*"}]})";
